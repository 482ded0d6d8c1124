/// What `regio --version` prints, and what `regio stats` puts in its header and its JSON.
public enum RegioVersion {
    /// The release number; raise it when a release is tagged.
    public static let number = "0.9.0"

    /// The commit checked out when the binary was built (short hash; uncommitted changes are not
    /// marked), or empty when it was built outside a git checkout.
    public static let commit = gitCommit

    /// "0.9.0 (1a2b3c4d5e6f)", or "0.9.0" without a commit.
    public static var full: String { commit.isEmpty ? number : "\(number) (\(commit))" }
}
