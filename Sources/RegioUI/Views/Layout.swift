/// A rectangle of cells on the screen.
public struct Rect: Equatable, Sendable {
    public var x, y, width, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = max(0, width); self.height = max(0, height)
    }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    /// The area inside a one-cell border.
    public var inner: Rect { Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }
    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }
}

/// Where everything goes for a given terminal size. Pure, so that `reduce` (which must know how many
/// rows a list shows, to scroll) and `render` agree.
public struct Layout: Equatable, Sendable {
    public enum Mode: Sendable { case wide, medium, narrow }

    /// Below this the dashboard shows a "terminal too small" screen instead.
    public static let minimumWidth = 44
    public static let minimumHeight = 12

    public let mode: Mode
    public let header: Rect
    public let footer: Rect
    /// The area between header and footer.
    public let body: Rect
    /// Tabs for the narrow mode, where only the focused pane is shown.
    public let tabBar: Rect?
    private let paneRects: [Pane: Rect]

    public var isTooSmall: Bool { body.width < Self.minimumWidth || body.height + 2 < Self.minimumHeight }

    public init(width: Int, height: Int, focus: Pane) {
        header = Rect(x: 0, y: 0, width: width, height: 1)
        footer = Rect(x: 0, y: height - 1, width: width, height: 1)
        body = Rect(x: 0, y: 1, width: width, height: height - 2)
        // Three panes side by side only where each still has room for long network names (about 60
        // columns each); below that, participants beside the other two stacked.
        if width >= 180 {
            mode = .wide
            tabBar = nil
            let first = width * 34 / 100
            let second = (width - first) / 2
            paneRects = [
                .participants: Rect(x: 0, y: body.y, width: first, height: body.height),
                .networks: Rect(x: first, y: body.y, width: second, height: body.height),
                .platforms: Rect(x: first + second, y: body.y, width: width - first - second, height: body.height),
            ]
        } else if width >= 90 {
            mode = .medium
            tabBar = nil
            let left = width / 2
            let top = body.height / 2
            paneRects = [
                .participants: Rect(x: 0, y: body.y, width: left, height: body.height),
                .networks: Rect(x: left, y: body.y, width: width - left, height: top),
                .platforms: Rect(x: left, y: body.y + top, width: width - left, height: body.height - top),
            ]
        } else {
            mode = .narrow
            tabBar = Rect(x: 0, y: body.y, width: width, height: 1)
            paneRects = [focus: Rect(x: 0, y: body.y + 1, width: width, height: body.height - 1)]
        }
    }

    /// The pane's box, or nil when the pane is not on screen (narrow mode shows one at a time).
    public func rect(of pane: Pane) -> Rect? { paneRects[pane] }

    /// How many list rows a pane shows: its box less the border and the column header.
    public func visibleRows(of pane: Pane) -> Int {
        guard let rect = paneRects[pane] ?? paneRects.values.first else { return 1 }
        return max(1, rect.height - 3)
    }

    /// How many rows the detail view shows: the body less its border.
    public var detailRows: Int { max(1, body.height - 2) }
}
