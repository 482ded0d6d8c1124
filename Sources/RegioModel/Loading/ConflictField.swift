/// The optional `conflict` field that territories, initiatives and memberships share: where sources
/// disagree about the record, the data says so in words (both sides, with their sources) instead of
/// silently picking one. Validated here; shown by the detail views and `regio show`.
extension RecordReader {
    static let conflictField = "conflict"

    /// The conflict note, or nil when there is none; a present but empty one is an error, because a
    /// conflict that says nothing hides the very disagreement it should show.
    mutating func conflictNote() -> String? {
        guard let text = optionalString(Self.conflictField) else { return nil }
        guard !Self.isBlank(text) else {
            report(.emptyValue, field: Self.conflictField, at: position(of: Self.conflictField),
                   "is empty; expected the disagreement between sources in words, or no conflict field")
            return nil
        }
        return text
    }
}
