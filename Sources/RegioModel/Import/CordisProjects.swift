/// The fields of project.csv that the import keeps; `objective` and the rest are skipped unread.
struct CordisProject {
    var id: String
    var acronym: String
    var title: String
    var programme: String
    var scheme: String
    var startDate: String
    var endDate: String
    var status: String
    var line: Int
}

/// Reads project.csv record by record.
struct CordisProjectReader {
    static let requiredColumns = ["id", "acronym", "title", "frameworkProgramme"]
    let file: String
    private var header: CSVHeader?
    private(set) var projects: [CordisProject] = []
    private(set) var index: [String: Int] = [:]

    init(file: String) { self.file = file }

    mutating func read(_ record: CSVStream.Record) throws(CordisImportError) {
        guard let header else {
            header = try CSVHeader(record, file: file, required: Self.requiredColumns)
            return
        }
        if record.count == 1 && record.isEmpty(0) { return } // a blank line
        try header.check(record)
        let id = try header.text(record, header.required("id"))
        guard !id.isEmpty else {
            throw CordisImportError(file: file, line: record.line, message: "column id is empty; expected a project id")
        }
        if let first = index[id] {
            throw CordisImportError(file: file, line: record.line,
                                    message: "project \(id) appears a second time; expected one line per project "
                                        + "(first at line \(projects[first].line))")
        }
        index[id] = projects.count
        projects.append(CordisProject(
            id: id, acronym: try header.text(record, header.required("acronym")),
            title: try header.text(record, header.required("title")),
            programme: try header.text(record, header.required("frameworkProgramme")),
            scheme: try header.text(record, header.index("fundingScheme")),
            startDate: try header.text(record, header.index("startDate")),
            endDate: try header.text(record, header.index("endDate")),
            status: try header.text(record, header.index("status")), line: record.line))
    }

    func finish() throws(CordisImportError) {
        if header == nil { throw CordisImportError(file: file, line: 1, message: "the file is empty; expected a header line") }
    }
}
