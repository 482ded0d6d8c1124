/// Borders. The focused pane gets a double line and bold title, so focus shows without colour.
struct Box {
    /// Blanks a box's area and the cells beside it, so that an overlay's border never touches the
    /// border of the pane below (no "╔║" pairs) and nothing of the pane shows through.
    static func clearForOverlay(_ rect: Rect, on screen: inout Screen) {
        let x = max(0, rect.x - 1)
        screen.fill(x: x, y: rect.y, width: min(screen.width, rect.maxX + 1) - x, height: rect.height, role: .text)
    }

    static func draw(_ rect: Rect, on screen: inout Screen, title: String, focused: Bool, rightTitle: String = "",
                     bottomText: String = "") {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let role: StyleRole = focused ? .borderFocus : .border
        let (h, v, tl, tr, bl, br): (String, String, String, String, String, String) =
            focused ? ("═", "║", "╔", "╗", "╚", "╝") : ("─", "│", "┌", "┐", "└", "┘")
        let horizontal = String(repeating: h, count: rect.width - 2)
        screen.write(tl + horizontal + tr, x: rect.x, y: rect.y, role: role, limit: rect.width)
        screen.write(bl + horizontal + br, x: rect.x, y: rect.maxY - 1, role: role, limit: rect.width)
        for row in rect.y + 1..<rect.maxY - 1 {
            screen.write(v, x: rect.x, y: row, role: role)
            screen.write(v, x: rect.maxX - 1, y: row, role: role)
        }
        var right = rightTitle.isEmpty ? "" : " \(rightTitle) "
        let titleText = " " + (focused ? "▶ " : "") + title + " "
        // A long right-hand note (a hint, not a counter) gives way when the title would not fit beside it.
        if TextWidth.width(of: right) > 12, TextWidth.width(of: titleText) + TextWidth.width(of: right) + 5 > rect.width {
            right = ""
        }
        let rightWidth = TextWidth.width(of: right)
        let room = rect.width - 4 - (rightWidth > 0 ? rightWidth + 1 : 0)
        if room > 3 {
            screen.write(TextWidth.truncate(titleText, to: room), x: rect.x + 2, y: rect.y, role: focused ? .title : .header)
        }
        if rightWidth > 0 && rightWidth + 4 <= rect.width {
            screen.write(right, x: rect.maxX - 2 - rightWidth, y: rect.y, role: .muted)
        }
        if !bottomText.isEmpty && rect.width > 8 {
            screen.write(TextWidth.truncate(" \(bottomText) ", to: rect.width - 4), x: rect.x + 2, y: rect.maxY - 1, role: .muted)
        }
    }
}
