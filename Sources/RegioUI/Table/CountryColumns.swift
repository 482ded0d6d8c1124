import RegioModel

/// The member-state picker's table: tick, code, name in the interface language, listed participants.
enum CountryColumns {
    static func all(chosen: Set<CountryCode>) -> [Column<Country>] {
        [
            Column(id: "chosen", title: "", minWidth: 3, exported: false) { _, country in
                chosen.contains(country.code) ? "[x]" : "[ ]"
            },
            Column(id: "code", title: "Code", minWidth: 4) { _, country in country.code.rawValue },
            Column(id: "name", title: "Member state", minWidth: 12, flexible: true) { context, country in
                context.language.name(of: country) + (country.isEUMember ? "" : "  " + context.language.t(.nonEU))
            },
            Column(id: "listed", title: "listed", minWidth: 6, alignRight: true) { context, country in
                String(context.store.territoryCount(in: country.code))
            },
        ]
    }
}
