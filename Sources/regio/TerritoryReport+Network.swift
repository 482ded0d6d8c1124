import Foundation
import RegioModel

extension TerritoryReport {
    /// The NUTS regions around the territory (an imported NUTS-2 region around a bundled NUTS-3 one) and
    /// its place in the network of shared initiatives: the text detail's two extra sections, in short.
    func regionAndNetworkLines() -> [String] {
        var lines: [String] = []
        for region in store.enclosingNUTSRegions(ofTerritory: index) {
            let record = store.territories[region]
            let code = record.nuts ?? ""
            lines.append("In its NUTS-\(Store.nutsLevel(code)) region \(code): \(record.name) [\(record.id)], "
                         + "\(store.memberships(ofTerritory: region).count) collaborations (regio show \(record.id))")
        }
        guard let measures = NetworkMeasures.shared(for: store) else {
            lines.append("Network: too large to measure here; see regio network")
            return lines
        }
        if measures.degree[index] > 0 {
            lines.append("Network: degree \(measures.degree[index]) (rank \(measures.rank(of: index, by: .degree)) of "
                         + "\(measures.rankedCount)), strength \(measures.strength[index]) (rank "
                         + "\(measures.rank(of: index, by: .strength))), betweenness "
                         + String(format: "%.6f", measures.betweenness[index])
                         + " (rank \(measures.rank(of: index, by: .betweenness)))")
        } else {
            lines.append("Network: no shared initiatives with any other territory")
        }
        return lines
    }
}
