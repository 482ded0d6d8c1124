import RegioModel

/// The member-state overview: the tile map with counts and density marks, a legend, and a bar chart.
struct MapView {
    let store: Store
    let keymap: Keymap

    static let tileWidth = 7, tileHeight = 3

    func draw(_ map: MapState, state: AppState, layout: Layout, on screen: inout Screen) {
        let rect = layout.body
        screen.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, role: .text)
        let inner = rect.inner
        var counts: [CountryCode: Int] = [:]
        for entry in store.memberStateCounts() { counts[entry.country.code] = entry.participants }
        let mapWidth = 7 * Self.tileWidth
        for tile in MemberStateMap.tiles {
            let x = inner.x + 1 + tile.column * Self.tileWidth, y = inner.y + 1 + tile.row * Self.tileHeight
            let count = counts[tile.code] ?? 0
            let selected = tile.code == map.selected
            let filtered = state.countries.contains(tile.code)
            let mark = String(MemberStateMap.mark(for: count))
            let role: StyleRole = selected ? .selection : filtered ? .accent : count == 0 ? .muted : .text
            screen.write(" " + (selected ? "[" : " ") + tile.code.rawValue + (selected ? "]" : " ") + " ",
                         x: x, y: y, width: Self.tileWidth - 1, role: role)
            screen.write(String(repeating: mark, count: 1) + String(count).leftPadded(4) + String(repeating: mark, count: 1),
                         x: x, y: y + 1, width: Self.tileWidth - 1, role: role)
        }
        // Legend below the map.
        var legendY = inner.y + 1 + 7 * Self.tileHeight
        let lang = state.language
        screen.write(lang.t(.mapLegend), x: inner.x + 1, y: legendY, role: .muted)
        legendY += 1
        let legend = MemberStateMap.bins.map { bin in
            let upper = bin.range.upperBound == Int.max ? "+" : bin.range.lowerBound == bin.range.upperBound ? "" : "–\(bin.range.upperBound)"
            return "\(bin.mark == " " ? "·" : String(bin.mark)) \(bin.range.lowerBound)\(upper)"
        }.joined(separator: "  ")
        screen.write(legend, x: inner.x + 1, y: legendY, role: .muted, limit: inner.width - 2)

        // Bars beside the map when there is room, else below.
        let barX = inner.x + mapWidth + 3
        if inner.maxX - barX >= 24 {
            let entries = store.memberStateCounts().filter { $0.participants > 0 || $0.country.isEUMember }
            let lines = BarChart.lines(entries.map { (label: $0.country.code.rawValue, value: $0.participants) },
                                       width: inner.maxX - barX - 1)
            screen.write(lang.t(.mapChartTitle), x: barX, y: inner.y, role: .header)
            for (offset, line) in lines.prefix(inner.height - 1).enumerated() {
                let code = entries[offset].country.code
                screen.write(line, x: barX, y: inner.y + 1 + offset,
                             role: code == map.selected ? .selection : entries[offset].participants == 0 ? .muted : .text,
                             limit: inner.maxX - barX)
            }
        }
        let name = Countries.named(map.selected).map(lang.name(of:)) ?? map.selected.rawValue
        Box.draw(rect, on: &screen, title: lang.t(.mapTitle, name, counts[map.selected] ?? 0),
                 focused: true, rightTitle: keymap.label(.confirm, in: .map) + " " + lang.t(.filterWord), bottomText: lang.t(.mapNoAnnounced))
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
