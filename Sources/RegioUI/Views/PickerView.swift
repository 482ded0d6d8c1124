import RegioModel

/// The member-state picker: every EU member state (and non-EU countries in the data) with its count of
/// listed participants; several can be ticked.
struct PickerView {
    let store: Store
    let keymap: Keymap

    static func frame(for size: (width: Int, height: Int)) -> Rect {
        let width = min(60, size.width - 4)
        let height = min(34, size.height - 2)
        return Rect(x: (size.width - width) / 2, y: max(1, (size.height - height) / 2), width: width, height: height)
    }

    /// Rows of countries visible: the frame less border, filter line and column header.
    static func visibleRows(for size: (width: Int, height: Int)) -> Int { max(1, frame(for: size).height - 4) }

    func draw(_ picker: PickerState, size: (width: Int, height: Int), language lang: UILanguage, on screen: inout Screen) {
        let rect = Self.frame(for: size)
        Box.clearForOverlay(rect, on: &screen)
        let inner = rect.inner
        let countries = Lists.pickerCountries(picker, store)
        let filterText = picker.filter.isEmpty ? lang.t(.typeToFilter) : picker.filter + "▏"
        var x = screen.write(lang.t(.filter), x: inner.x, y: inner.y, role: .muted)
        x = screen.write(filterText, x: x, y: inner.y, role: picker.filter.isEmpty ? .muted : .accent)
        let context = TableContext(store: store, language: lang)
        let table = TableView(columns: CountryColumns.all(chosen: picker.chosen), context: context, rows: countries,
                              position: picker.position, sort: nil, focused: true,
                              rowRole: { [store] in store.territoryCount(in: $0.code) == 0 ? .muted : .text })
        table.draw(in: Rect(x: inner.x + 1, y: inner.y + 1, width: inner.width - 2, height: inner.height - 1), on: &screen)
        let visible = inner.height - 2
        if countries.isEmpty { screen.write(" " + lang.t(.noMemberStateMatches), x: inner.x, y: inner.y + 2, role: .muted) }
        let chosen = picker.chosen.isEmpty ? lang.t(.noneTicked, keymap.label(.confirm, in: .picker)) : lang.t(.ticked, picker.chosen.count)
        let more = picker.position.scroll + visible < countries.count
            ? lang.t(.moreBelowCount, countries.count - picker.position.scroll - visible) : ""
        Box.draw(rect, on: &screen, title: lang.t(.memberStates), focused: true, rightTitle: chosen, bottomText: more)
    }
}
