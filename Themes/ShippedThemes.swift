/// The theme files in this folder, compiled into the binary (as the dataset is), so that a regio copied
/// anywhere has every shipped theme. Package.swift lists each file; a test checks that the list and the
/// folder agree.
public enum ShippedThemes {
    /// (name, TOML text) in the order `regio themes` lists them.
    public static let files: [(name: String, text: String)] = [
        ("default", String(decoding: PackageResources.default_toml, as: UTF8.self)),
        ("eu", String(decoding: PackageResources.eu_toml, as: UTF8.self)),
        ("high-contrast", String(decoding: PackageResources.high_contrast_toml, as: UTF8.self)),
        ("light", String(decoding: PackageResources.light_toml, as: UTF8.self)),
        ("monochrome", String(decoding: PackageResources.monochrome_toml, as: UTF8.self)),
    ]
}
