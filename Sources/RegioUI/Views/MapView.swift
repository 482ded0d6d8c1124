import RegioModel

/// The member-state overview: the tile map with counts and density marks, a legend, and a bar chart.
/// When the terminal is too low for all seven rows of tiles, the map scrolls to keep the selected tile in
/// view (`MapState.firstRow`) and says how many member states are above and below; so does the chart.
struct MapView {
    let store: Store
    let keymap: Keymap

    static let tileWidth = 7, tileHeight = 3
    static let rows = 7

    /// Rows of tiles that fit: all seven with a blank line above and the legend's two lines below, else
    /// fewer, with the line above and one below naming what is cut.
    static func visibleRows(in layout: Layout) -> Int {
        let height = layout.body.inner.height
        return height >= 1 + rows * tileHeight + 2 ? rows : max(1, (height - 4) / tileHeight)
    }

    func draw(_ map: MapState, state: AppState, layout: Layout, on screen: inout Screen) {
        let rect = layout.body
        screen.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, role: .text)
        let inner = rect.inner
        let lang = state.language
        var counts: [CountryCode: Int] = [:]
        for entry in store.memberStateCounts() { counts[entry.country.code] = entry.participants }
        let visible = Self.visibleRows(in: layout)
        let shown = map.firstRow..<(map.firstRow + visible)
        for tile in MemberStateMap.tiles where shown.contains(tile.row) {
            let x = inner.x + 1 + tile.column * Self.tileWidth, y = inner.y + 1 + (tile.row - map.firstRow) * Self.tileHeight
            let count = counts[tile.code] ?? 0
            let selected = tile.code == map.selected
            let filtered = state.countries.contains(tile.code)
            let mark = String(MemberStateMap.mark(for: count))
            let role: StyleRole = selected ? .selection : filtered ? .accent : count == 0 ? .muted : .text
            screen.write(" " + (selected ? "[" : " ") + tile.code.rawValue + (selected ? "]" : " ") + " ",
                         x: x, y: y, width: Self.tileWidth - 1, role: role)
            screen.write(mark + String(count).leftPadded(4) + mark, x: x, y: y + 1, width: Self.tileWidth - 1, role: role)
        }
        let above = MemberStateMap.tiles.filter { $0.row < shown.lowerBound }.count
        let below = MemberStateMap.tiles.filter { $0.row >= shown.upperBound }.count
        if above > 0 { screen.write(lang.t(.moreAbove, above), x: inner.x + 1, y: inner.y, role: .muted) }
        var legendY = inner.y + 1 + visible * Self.tileHeight
        if visible < Self.rows {
            if below > 0 { screen.write(lang.t(.moreBelowCount, below), x: inner.x + 1, y: legendY, role: .muted) }
            legendY += 1
        }
        // The legend, with the marks the tiles use (· for none).
        screen.write(lang.t(.mapLegend), x: inner.x + 1, y: legendY, role: .muted)
        let legend = MemberStateMap.bins.map { bin in
            let upper = bin.range.upperBound == Int.max ? "+" : bin.range.lowerBound == bin.range.upperBound ? "" : "–\(bin.range.upperBound)"
            return "\(bin.mark) \(bin.range.lowerBound)\(upper)"
        }.joined(separator: "  ")
        screen.write(legend, x: inner.x + 1, y: legendY + 1, role: .muted, limit: inner.width - 2)

        // Bars beside the map when there is room.
        let barX = inner.x + 7 * Self.tileWidth + 3
        if inner.maxX - barX >= 24 { drawChart(map, x: barX, inner: inner, language: lang, on: &screen) }
        let name = Countries.named(map.selected).map(lang.name(of:)) ?? map.selected.rawValue
        Box.draw(rect, on: &screen, title: lang.t(.mapTitle, name, counts[map.selected] ?? 0),
                 focused: true, rightTitle: keymap.label(.confirm, in: .map) + " " + lang.t(.filterWord), bottomText: lang.t(.mapNoAnnounced))
    }

    /// One bar per member state, most participants first; cut to the height with the selected one kept in view.
    private func drawChart(_ map: MapState, x: Int, inner: Rect, language lang: UILanguage, on screen: inout Screen) {
        let entries = store.memberStateCounts().filter { $0.participants > 0 || $0.country.isEUMember }
        let lines = BarChart.lines(entries.map { (label: $0.country.code.rawValue, value: $0.participants) },
                                   width: inner.maxX - x - 1)
        screen.write(TextWidth.truncate(lang.t(.mapChartTitle), to: inner.maxX - x), x: x, y: inner.y, role: .header)
        let window = Self.window(count: lines.count, room: inner.height - 1,
                                 keeping: entries.firstIndex { $0.country.code == map.selected })
        var y = inner.y + 1
        if window.above > 0 {
            screen.write(lang.t(.moreAbove, window.above), x: x, y: y, role: .muted)
            y += 1
        }
        for index in window.range {
            let code = entries[index].country.code
            screen.write(lines[index], x: x, y: y, role: code == map.selected ? .selection : entries[index].participants == 0 ? .muted : .text,
                         limit: inner.maxX - x)
            y += 1
        }
        if window.below > 0 { screen.write(lang.t(.moreBelowCount, window.below), x: x, y: y, role: .muted) }
    }

    /// Which of `count` lines to show in `room` lines, keeping line `index` in view: a line each for
    /// "↑ n more" and "… n more ↓" when lines are cut there.
    static func window(count: Int, room: Int, keeping index: Int?) -> (range: Range<Int>, above: Int, below: Int) {
        guard count > room else { return (0..<count, 0, 0) }
        let shown = max(1, room - 1)
        let index = index ?? 0
        guard index >= shown else { return (0..<shown, 0, count - shown) }
        // Cut above too: one line fewer, the selected one last, unless that reaches the end.
        let between = max(1, room - 2)
        let start = min(index - between + 1, count - shown)
        let length = start + between >= count - 1 ? count - start : between
        return (start..<(start + length), start, count - start - length)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
