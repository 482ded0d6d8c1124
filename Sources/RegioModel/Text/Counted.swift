/// A count with its English noun, singular for one: "1 territory", "3 territories", "1 organisation row".
/// `plural` defaults to the noun with an s.
public func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? noun : plural ?? noun + "s")
}
