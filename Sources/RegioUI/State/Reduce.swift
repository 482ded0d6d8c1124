import Foundation
import RegioModel

/// The one place the state changes: `reduce(state, action)` returns the next state. Pure, so every
/// behaviour of the dashboard can be tested without a terminal.
public struct Reducer: Sendable {
    public let store: Store
    public let keymap: Keymap

    public init(store: Store, keymap: Keymap = .standard) {
        self.store = store
        self.keymap = keymap
    }

    public func reduce(_ state: AppState, _ action: Action) -> AppState {
        var state = state
        state.effect = nil
        if case .resize = action {} else { state.message = nil }
        switch action {
        case .resize(let width, let height):
            state.size = (max(1, width), max(1, height))
        case .command(.quit):
            state.shouldQuit = true
        case .command(let command):
            switch state.keyContext {
            case .help: help(&state, command)
            case .picker: picker(&state, command)
            case .map: map(&state, command)
            case .prompt: prompt(&state, command)
            case .detail: detail(&state, command)
            case .dashboard: dashboard(&state, command)
            }
        case .effectFinished(let result):
            finished(&state, result)
        case .type(let character):
            if state.exportPrompt != nil {
                state.exportPrompt!.text.append(character)
            } else if state.picker != nil {
                state.picker!.filter.append(character)
                state.picker!.position = ListPosition()
            } else if var input = state.searchInput {
                input.text.append(character)
                setSearch(&state, input)
            }
        case .erase:
            if state.exportPrompt != nil {
                if !state.exportPrompt!.text.isEmpty { state.exportPrompt!.text.removeLast() }
            } else if state.picker != nil, !state.picker!.filter.isEmpty {
                state.picker!.filter.removeLast()
                state.picker!.position = ListPosition()
            } else if var input = state.searchInput, !input.text.isEmpty {
                input.text.removeLast()
                setSearch(&state, input)
            }
        case .clearLine:
            if state.exportPrompt != nil {
                state.exportPrompt!.text = ""
            } else if state.picker != nil {
                state.picker!.filter = ""
                state.picker!.position = ListPosition()
            } else if var input = state.searchInput {
                input.text = ""
                setSearch(&state, input)
            }
        case .acceptSearch:
            state.searchInput = nil
        case .cancelSearch:
            if let input = state.searchInput {
                state.searches[input.pane] = input.previous.isEmpty ? nil : input.previous
                state.positions[input.pane] = ListPosition()
            }
            state.searchInput = nil
        }
        clampAll(&state)
        return state
    }

    // MARK: contexts

    private func dashboard(_ state: inout AppState, _ command: Command) {
        let pane = state.focus
        switch command {
        case .moveUp, .moveDown, .pageUp, .pageDown, .goTop, .goBottom:
            var position = state.position(pane)
            position.selected = moved(position.selected, command, count: rowCount(pane, state),
                                      page: layout(state).visibleRows(of: pane))
            state.positions[pane] = position
        case .nextPane, .previousPane:
            let step = command == .nextPane ? 1 : Pane.allCases.count - 1
            state.focus = Pane(rawValue: (pane.rawValue + step) % Pane.allCases.count)!
        case .expand:
            if let row = selectedTreeRow(state), row.hasChildren, row.isCollapsed {
                state.collapsed.remove(row.initiative)
            } else {
                dashboard(&state, .nextPane)
            }
        case .collapse:
            if let row = selectedTreeRow(state), row.hasChildren, !row.isCollapsed {
                state.collapsed.insert(row.initiative)
            } else if let row = selectedTreeRow(state), row.depth > 0 {
                // On a leaf: go to its parent row, as file trees do.
                let rows = Lists.initiatives(pane, state, store)
                let selected = state.position(pane).selected
                if let parent = rows[..<selected].lastIndex(where: { $0.depth < row.depth }) {
                    state.positions[pane, default: ListPosition()].selected = parent
                }
            } else {
                dashboard(&state, .previousPane)
            }
        case .open:
            let entities = Lists.entities(pane, state, store)
            let selected = state.position(pane).selected
            guard selected < entities.count else {
                state.message = StatusMessage(.info, state.language.t(.emptyList))
                return
            }
            open(&state, entities[selected])
        case .back:
            if state.searches[pane] != nil {
                state.searches[pane] = nil
                state.positions[pane] = ListPosition()
            } else if !state.countries.isEmpty {
                state.message = StatusMessage(.info, state.language.t(.clearWithC))
            }
        case .search:
            let current = state.searches[pane] ?? ""
            state.searchInput = SearchInput(pane: pane, text: current, previous: current)
        case .pickMemberStates:
            state.picker = PickerState(chosen: state.countries)
        case .clearFilters:
            let had = !state.countries.isEmpty || !state.searches.isEmpty || !state.nutsRegions.isEmpty
            state.countries = []
            state.nutsRegions = []
            state.searches = [:]
            state.searchInput = nil
            state.positions = [:]
            state.message = StatusMessage(.info, state.language.t(had ? .filtersCleared : .noFilter))
        case .sort:
            let next = (state.participantSort.rawValue + 1) % ParticipantSort.allCases.count
            state.participantSort = ParticipantSort(rawValue: next)!
            state.positions[.participants] = ListPosition()
            state.message = StatusMessage(.info, state.language.t(.sortedMessage, state.language.t(state.participantSort.label)))
        case .help:
            state.help = ListPosition()
        case .cycleTheme:
            state.themeCycle += 1
        case .findPartners, .markCompare:
            let entities = Lists.entities(pane, state, store)
            let selected = state.position(pane).selected
            guard pane == .participants, selected < entities.count, case .territory(let territory) = entities[selected] else {
                state.message = StatusMessage(.info, state.language.t(.selectTerritoryFirst))
                return
            }
            command == .findPartners ? openPartners(&state, territory) : markOrCompare(&state, territory)
        case .showMap:
            let start = state.countries.sorted().first ?? store.memberStateCounts().first?.country.code ?? "SE"
            state.map = MapState(selected: MemberStateMap.position(of: start) == nil ? "SE" : start)
        case .export:
            state.exportPrompt = ExportPrompt(text: ViewExport.suggestedFileName(state, store))
        case .copyRow:
            if let text = ViewExport.selectedRowText(state, store) { state.effect = .copyToClipboard(text) }
        default:
            break
        }
        updateLink(&state)
    }

    private func detail(_ state: inout AppState, _ command: Command) {
        guard var page = state.history.last else { return }
        let document = DetailDocument.build(page.content, store: store, width: layout(state).body.width - 2, language: state.language)
        switch command {
        case .moveDown, .moveUp, .pageDown, .pageUp, .goTop, .goBottom:
            let target = moved(page.position.selected, command, count: document.rows.count,
                               page: layout(state).detailRows)
            let direction = target >= page.position.selected ? 1 : -1
            if let row = document.selectableRow(from: target, direction: direction)
                ?? document.selectableRow(from: target, direction: -direction) {
                page.position.selected = row
            }
            if command == .moveDown && page.position.selected == document.selectableRow(from: document.rows.count - 1, direction: -1) {
                // At the last selectable row, keep scrolling so the lines after it come into view.
                page.position.scroll = min(page.position.scroll + 1, max(0, document.rows.count - layout(state).detailRows))
            }
            state.history[state.history.count - 1] = page
        case .open:
            guard page.position.selected < document.rows.count,
                  let target = document.rows[page.position.selected].target else {
                state.message = StatusMessage(.info, state.language.t(.nothingToOpenHere))
                return
            }
            open(&state, target)
        case .back:
            state.history.removeLast()
        case .help:
            state.help = ListPosition()
        case .cycleTheme:
            state.themeCycle += 1
        case .findPartners, .markCompare:
            guard let territory = detailTerritory(page, document) else {
                state.message = StatusMessage(.info, state.language.t(.openTerritoryFirst))
                return
            }
            command == .findPartners ? openPartners(&state, territory) : markOrCompare(&state, territory)
        case .export:
            state.exportPrompt = ExportPrompt(text: ViewExport.suggestedFileName(state, store))
        case .copyRow:
            if let text = ViewExport.selectedRowText(state, store) { state.effect = .copyToClipboard(text) }
        default:
            break
        }
    }

    private func picker(_ state: inout AppState, _ command: Command) {
        guard var picker = state.picker else { return }
        let countries = Lists.pickerCountries(picker, store)
        switch command {
        case .moveUp, .moveDown, .pageUp, .pageDown, .goTop, .goBottom:
            picker.position.selected = moved(picker.position.selected, command, count: countries.count,
                                             page: PickerView.visibleRows(for: state.size))
            state.picker = picker
        case .toggleMark:
            guard picker.position.selected < countries.count else { return }
            let code = countries[picker.position.selected].code
            if picker.chosen.contains(code) { picker.chosen.remove(code) } else { picker.chosen.insert(code) }
            state.picker = picker
        case .confirm:
            var chosen = picker.chosen
            // Enter with nothing ticked takes the highlighted member state: the quickest way to one filter.
            if chosen.isEmpty, picker.position.selected < countries.count {
                chosen = [countries[picker.position.selected].code]
            }
            applyCountries(&state, chosen)
        case .clearFilters:
            applyCountries(&state, [])
        case .cancel:
            state.picker = nil
        default:
            break
        }
    }

    private func map(_ state: inout AppState, _ command: Command) {
        guard let map = state.map else { return }
        switch command {
        case .moveUp, .moveDown, .collapse, .expand:
            let direction: (Int, Int) = switch command {
            case .moveUp: (0, -1)
            case .moveDown: (0, 1)
            case .collapse: (-1, 0)
            default: (1, 0)
            }
            if let next = MemberStateMap.neighbour(of: map.selected, direction: direction) {
                state.map?.selected = next
            }
        case .confirm:
            state.map = nil
            applyCountries(&state, [map.selected])
        case .cancel:
            state.map = nil
        default:
            break
        }
    }

    private func prompt(_ state: inout AppState, _ command: Command) {
        guard let prompt = state.exportPrompt else { return }
        switch command {
        case .confirm where !prompt.confirmingOverwrite:
            let path = prompt.text.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else { state.message = StatusMessage(.info, state.language.t(.typeFileName)); return }
            guard ExportTable.Format(fileName: path) != nil else {
                state.message = StatusMessage(.warning, state.language.t(.chooseFormat))
                return
            }
            state.effect = .export(path: path, overwrite: false)
        case .yes where prompt.confirmingOverwrite, .confirm where prompt.confirmingOverwrite:
            state.effect = .export(path: prompt.text, overwrite: true)
        case .no, .cancel:
            state.exportPrompt = nil
            state.message = StatusMessage(.info, state.language.t(.nothingExported))
        default:
            break
        }
    }

    private func finished(_ state: inout AppState, _ result: EffectResult) {
        switch result {
        case .exported(let path, let rows):
            state.exportPrompt = nil
            state.message = StatusMessage(.info, state.language.t(.exported, rows, path))
        case .exportExists:
            state.exportPrompt?.confirmingOverwrite = true
        case .exportFailed(let reason):
            state.exportPrompt?.confirmingOverwrite = false
            state.message = StatusMessage(.error, reason)
        case .copied(let characters):
            state.message = StatusMessage(.info, state.language.t(.copied, characters))
        }
    }

    private func openPartners(_ state: inout AppState, _ territory: Int) {
        var page = DetailPage(.partners(territory))
        page.position.selected = DetailDocument.build(page.content, store: store, width: layout(state).body.width - 2, language: state.language)
            .firstLink ?? 0
        state.history.append(page)
    }

    private func markOrCompare(_ state: inout AppState, _ territory: Int) {
        guard let marked = state.marked, marked != territory else {
            state.marked = territory
            state.message = StatusMessage(.info, state.language.t(.marked, state.language.name(of: store.territories[territory])))
            return
        }
        state.marked = nil
        var page = DetailPage(.comparison(marked, territory))
        page.position.selected = DetailDocument.build(page.content, store: store, width: layout(state).body.width - 2, language: state.language)
            .firstLink ?? 0
        state.history.append(page)
    }

    /// For p and x in a detail: the territory on the selected line, else the territory the page is about.
    private func detailTerritory(_ page: DetailPage, _ document: DetailDocument) -> Int? {
        if page.position.selected < document.rows.count, case .territory(let index)? = document.rows[page.position.selected].target {
            return index
        }
        if case .entity(.territory(let index)) = page.content { return index }
        return nil
    }

    private func help(_ state: inout AppState, _ command: Command) {
        guard var position = state.help else { return }
        switch command {
        case .moveUp, .moveDown, .pageUp, .pageDown, .goTop, .goBottom:
            let rows = HelpView.lineCount(keymap: keymap)
            position.selected = moved(position.selected, command, count: rows, page: max(1, state.size.height - 4))
            state.help = position
        case .cancel:
            state.help = nil
        default:
            break
        }
    }

    // MARK: helpers

    private func applyCountries(_ state: inout AppState, _ chosen: Set<CountryCode>) {
        state.countries = chosen
        state.picker = nil
        state.positions = [:]
        state.message = StatusMessage(.info, chosen.isEmpty ? state.language.t(.filterCleared)
                                        : state.language.t(.showing, chosen.sorted().map(\.rawValue).joined(separator: ", ")))
    }

    private func open(_ state: inout AppState, _ entity: EntityRef) {
        var page = DetailPage(entity: entity)
        let document = DetailDocument.build(entity, store: store, width: layout(state).body.width - 2, language: state.language)
        page.position.selected = document.selectableRow(from: 0, direction: 1) ?? 0
        state.history.append(page)
    }

    private func setSearch(_ state: inout AppState, _ input: SearchInput) {
        state.searchInput = input
        state.searches[input.pane] = input.text.isEmpty ? nil : input.text
        state.positions[input.pane] = ListPosition()
    }

    private func selectedTreeRow(_ state: AppState) -> TreeRow? {
        guard state.focus == .platforms || state.focus == .networks else { return nil }
        let rows = Lists.initiatives(state.focus, state, store)
        let selected = state.position(state.focus).selected
        return selected < rows.count ? rows[selected] : nil
    }

    /// The network or partnership under the cursor marks its members in the participants list.
    private func updateLink(_ state: inout AppState) {
        guard state.focus != .participants else { return }
        let entities = Lists.entities(state.focus, state, store)
        let selected = state.position(state.focus).selected
        if selected < entities.count, case .initiative(let index) = entities[selected] {
            state.linkedInitiative = index
        } else {
            state.linkedInitiative = nil
        }
    }

    private func moved(_ selected: Int, _ command: Command, count: Int, page: Int) -> Int {
        guard count > 0 else { return 0 }
        let target: Int
        switch command {
        case .moveUp: target = selected - 1
        case .moveDown: target = selected + 1
        case .pageUp: target = selected - max(1, page - 1)
        case .pageDown: target = selected + max(1, page - 1)
        case .goTop: target = 0
        case .goBottom: target = count - 1
        default: target = selected
        }
        return min(max(0, target), count - 1)
    }

    private func layout(_ state: AppState) -> Layout {
        Layout(width: state.size.width, height: state.size.height, focus: state.focus)
    }

    private func rowCount(_ pane: Pane, _ state: AppState) -> Int {
        pane == .participants ? Lists.participants(state, store).count : Lists.initiatives(pane, state, store).count
    }

    /// Keeps every cursor on a row that exists and every scroll offset showing its cursor.
    private func clampAll(_ state: inout AppState) {
        let layout = layout(state)
        for pane in Pane.allCases {
            let count = rowCount(pane, state)
            var position = state.position(pane)
            position.selected = min(max(0, position.selected), max(0, count - 1))
            position.scroll = scrolled(position, visible: layout.visibleRows(of: pane), count: count)
            state.positions[pane] = position
        }
        if var page = state.history.last {
            let count = DetailDocument.build(page.content, store: store, width: layout.body.width - 2, language: state.language).rows.count
            page.position.selected = min(max(0, page.position.selected), max(0, count - 1))
            page.position.scroll = scrolled(page.position, visible: layout.detailRows, count: count)
            state.history[state.history.count - 1] = page
        }
        if var picker = state.picker {
            let count = Lists.pickerCountries(picker, store).count
            picker.position.selected = min(max(0, picker.position.selected), max(0, count - 1))
            picker.position.scroll = scrolled(picker.position, visible: PickerView.visibleRows(for: state.size), count: count)
            state.picker = picker
        }
        if var help = state.help {
            let count = HelpView.lineCount(keymap: keymap)
            let visible = max(1, state.size.height - 4)
            help.selected = min(max(0, help.selected), max(0, count - visible))
            state.help = help
        }
    }

    private func scrolled(_ position: ListPosition, visible: Int, count: Int) -> Int {
        var scroll = position.scroll
        if position.selected < scroll { scroll = position.selected }
        if position.selected >= scroll + visible { scroll = position.selected - visible + 1 }
        return min(max(0, scroll), max(0, count - visible))
    }
}
