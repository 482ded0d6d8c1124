import Foundation
import RegioModel

/// What the commands do in the overlays: the member-state picker, the map, the export prompt and help.
extension Reducer {
    func picker(_ state: inout AppState, _ command: Command) {
        guard var picker = state.picker else { return }
        let countries = Lists.pickerCountries(picker, store)
        switch command {
        case .moveUp, .moveDown, .pageUp, .pageDown, .halfPageUp, .halfPageDown, .goTop, .goBottom:
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

    func map(_ state: inout AppState, _ command: Command) {
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

    func prompt(_ state: inout AppState, _ command: Command, _ effects: inout [Effect]) {
        guard let prompt = state.exportPrompt else { return }
        switch command {
        case .confirm where !prompt.confirmingOverwrite:
            let path = prompt.text.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else { state.message = StatusMessage(.info, state.language.t(.typeFileName)); return }
            guard ExportTable.Format(fileName: path) != nil else {
                state.message = StatusMessage(.warning, state.language.t(.chooseFormat))
                return
            }
            // "folder/.csv" would write a hidden file named after its extension.
            let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
            if name.hasPrefix("."), !name.dropFirst().contains(".") {
                state.message = StatusMessage(.warning, state.language.t(.nameBeforeExtension, name))
                return
            }
            effects.append(.export(path: path, overwrite: false))
        case .yes where prompt.confirmingOverwrite, .confirm where prompt.confirmingOverwrite:
            effects.append(.export(path: prompt.text, overwrite: true))
        case .no, .cancel:
            state.exportPrompt = nil
            state.message = StatusMessage(.info, state.language.t(.nothingExported))
        default:
            break
        }
    }

    func help(_ state: inout AppState, _ command: Command) {
        guard var position = state.help else { return }
        switch command {
        case .moveUp, .moveDown, .pageUp, .pageDown, .halfPageUp, .halfPageDown, .goTop, .goBottom:
            let lines = HelpView.lineCount(keymap: keymap, language: state.language, size: state.size)
            position.selected = moved(position.selected, command, count: lines.count, page: lines.visible)
            state.help = position
        case .cancel:
            state.help = nil
        default:
            break
        }
    }

    func applyCountries(_ state: inout AppState, _ chosen: Set<CountryCode>) {
        state.countries = chosen
        state.picker = nil
        state.message = StatusMessage(.info, chosen.isEmpty ? state.language.t(.filterCleared)
                                        : state.language.t(.showing, chosen.sorted().map(\.rawValue).joined(separator: ", ")))
    }
}
