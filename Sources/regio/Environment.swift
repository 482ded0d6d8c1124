import Glibc

/// One environment variable, read with getenv. ProcessInfo's `environment` copies every variable into a
/// dictionary each time it is asked, and the dashboard asks several times before its first frame.
enum Environment {
    static subscript(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
}
