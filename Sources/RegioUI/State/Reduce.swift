import Foundation
import RegioModel

/// What the commands do on the dashboard's lists and in the detail view. (`update` in Update.swift
/// decides which of these a message goes to.)
extension Reducer {
    // MARK: contexts

    func dashboard(_ state: inout AppState, _ command: Command, _ effects: inout [Effect]) {
        let pane = state.focus
        switch command {
        case .moveUp, .moveDown, .pageUp, .pageDown, .halfPageUp, .halfPageDown, .goTop, .goBottom:
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
                dashboard(&state, .nextPane, &effects)
            }
        case .collapse:
            if let row = selectedTreeRow(state), row.hasChildren, !row.isCollapsed {
                state.collapsed.insert(row.initiative)
            } else if let row = selectedTreeRow(state), row.depth > 0 {
                // On a leaf: go to its parent row, as file trees do.
                let rows = Lists.initiatives(pane, state, store, cache: views)
                let selected = state.position(pane).selected
                if let parent = rows[..<selected].lastIndex(where: { $0.depth < row.depth }) {
                    state.positions[pane, default: ListPosition()].selected = parent
                }
            } else {
                dashboard(&state, .previousPane, &effects)
            }
        case .open:
            // One row looked up, not the whole list turned into entities (a hundred thousand at 1M).
            guard let entity = Lists.entity(at: state.position(pane).selected, pane, state, store, cache: views) else {
                state.message = StatusMessage(.info, state.language.t(.emptyList))
                return
            }
            open(&state, entity)
        case .back:
            if state.searches[pane] != nil {
                state.searches[pane] = nil
            } else if let marked = state.marked {
                state.marked = nil
                state.message = StatusMessage(.info, state.language.t(.unmarked, state.language.name(of: store.territories[marked])))
            } else if !state.countries.isEmpty {
                state.message = StatusMessage(.info, state.language.t(.pressToClearMemberStates, keymap.label(.clearFilters, in: .dashboard)))
            }
        case .search:
            startSearch(&state, in: pane)
        case .olderSearch, .newerSearch:
            recallSearch(&state, older: command == .olderSearch)
        case .pickMemberStates:
            state.picker = PickerState(chosen: state.countries)
        case .clearFilters:
            let had = !state.countries.isEmpty || !state.searches.isEmpty || !state.nutsRegions.isEmpty
            state.countries = []
            state.nutsRegions = []
            state.searches = [:]
            state.searchInput = nil
            state.message = StatusMessage(.info, state.language.t(had ? .filtersCleared : .noFilter))
        case .sort, .sortPrevious, .reverseSort:
            sort(&state, pane, command)
        case .help:
            state.help = ListPosition()
        case .cycleTheme:
            effects.append(.switchTheme(after: state.themeName))
        case .findPartners, .markCompare:
            guard pane == .participants,
                  case .territory(let territory)? = Lists.entity(at: state.position(pane).selected, pane, state, store, cache: views) else {
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
            if let text = ViewExport.selectedRowText(state, store, views: views) { effects.append(.copyToClipboard(text)) }
        default:
            break
        }
    }

    func detail(_ state: inout AppState, _ command: Command, _ effects: inout [Effect]) {
        guard var page = state.history.last else { return }
        let document = DetailDocument.build(page.content, store: store, width: layout(state).body.width - 2, language: state.language,
            network: state.network, cache: views)
        switch command {
        case .moveDown, .moveUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .goTop, .goBottom:
            // The cursor moves between lines that open something; past the first or last of them it moves
            // through the plain lines a screen edge at a time, so every line can be brought into view.
            let visible = layout(state).detailRows
            let target = moved(page.position.selected, command, count: document.rows.count, page: visible)
            let direction = [.moveDown, .pageDown, .halfPageDown, .goBottom].contains(command) ? 1 : -1
            if let row = document.selectableRow(from: target, direction: direction) {
                page.position.selected = row
            } else if direction > 0 {
                page.position.selected = min(document.rows.count - 1, max(target, page.position.scroll + visible))
            } else {
                page.position.selected = max(0, min(target, page.position.scroll - 1))
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
            effects.append(.switchTheme(after: state.themeName))
        case .findPartners, .markCompare:
            guard let territory = Availability.territory(page, document) else {
                state.message = StatusMessage(.info, state.language.t(.openTerritoryFirst))
                return
            }
            command == .findPartners ? openPartners(&state, territory) : markOrCompare(&state, territory)
        case .export:
            state.exportPrompt = ExportPrompt(text: ViewExport.suggestedFileName(state, store))
        case .copyRow:
            if let text = ViewExport.selectedRowText(state, store, views: views) { effects.append(.copyToClipboard(text)) }
        default:
            break
        }
    }

    private func openPartners(_ state: inout AppState, _ territory: Int) {
        openPage(&state, DetailPage(.partners(territory)))
    }

    private func markOrCompare(_ state: inout AppState, _ territory: Int) {
        guard let marked = state.marked, marked != territory else {
            state.marked = territory
            state.message = StatusMessage(.info, state.language.t(.marked, state.language.name(of: store.territories[territory]),
                                                                 keymap.label(.markCompare, in: state.keyContext),
                                                                 keymap.label(.back, in: .dashboard)))
            return
        }
        state.marked = nil
        openPage(&state, DetailPage(.comparison(marked, territory)))
    }
}
