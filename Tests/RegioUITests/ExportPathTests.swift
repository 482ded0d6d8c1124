import Foundation
import Testing
@testable import RegioUI

/// An export path's "~" is the home folder from $HOME; "~name" is left as typed (looking a named user up
/// in the password database crashes the static build when it does not list them).
@Suite struct ExportPathTests {
    @Test func onlyTheUsersOwnTildeIsExpanded() throws {
        let home = try #require(ProcessInfo.processInfo.environment["HOME"])
        #expect(Program.expandingHome("~") == home)
        #expect(Program.expandingHome("~/out.csv") == home + "/out.csv")
        #expect(Program.expandingHome("~nobody/out.csv") == "~nobody/out.csv")
        #expect(Program.expandingHome("out~.csv") == "out~.csv")
        #expect(Program.expandingHome("/tmp/~/out.csv") == "/tmp/~/out.csv")
    }
}
