import ArgumentParser

/// `--no-formula-guard`, for every subcommand that writes CSV.
struct CSVOptions: ParsableArguments {
    @Flag(name: .customLong("no-formula-guard"), help: ArgumentHelp(
        "CSV: leave cells that start with = + - @ tab or CR as they are (for pipelines). By default they get "
        + "a leading ' so that a spreadsheet shows them as text instead of running them as formulas."))
    var noFormulaGuard = false

    var guardFormulas: Bool { !noFormulaGuard }
}
