/// The collaboration network as GraphML (http://graphml.graphdrawing.org), which Gephi, networkx, igraph
/// and yEd read: one node per linked territory with its measures, one undirected edge per link with its
/// weight.
public enum GraphML {
    public static func document(_ measures: NetworkMeasures, store: Store) -> String {
        let network = measures.network
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#,
        ]
        let keys: [(id: String, target: String, name: String, type: String)] = [
            ("name", "node", "name", "string"), ("kind", "node", "kind", "string"), ("country", "node", "country", "string"),
            ("nuts", "node", "nuts", "string"), ("degree", "node", "degree", "int"), ("strength", "node", "strength", "int"),
            ("betweenness", "node", "betweenness", "double"), ("weight", "edge", "weight", "int"),
        ]
        for key in keys {
            lines.append(#"  <key id="\#(key.id)" for="\#(key.target)" attr.name="\#(key.name)" attr.type="\#(key.type)"/>"#)
        }
        lines.append(#"  <graph id="regio" edgedefault="undirected">"#)
        let linked = network.links.indices.filter { !network.links[$0].isEmpty }
        for territory in linked {
            let record = store.territories[territory]
            var node = #"    <node id="\#(escape(record.id))">"#
            node += data("name", record.name) + data("kind", record.kind.rawValue) + data("country", record.country.rawValue)
            if let nuts = record.nuts { node += data("nuts", nuts) }
            node += data("degree", String(measures.degree[territory])) + data("strength", String(measures.strength[territory]))
            node += data("betweenness", String(measures.betweenness[territory])) + "</node>"
            lines.append(node)
        }
        for territory in linked {
            for link in network.links[territory] where link.other > territory {
                lines.append(#"    <edge source="\#(escape(store.territories[territory].id))" target="\#(escape(store.territories[link.other].id))">"#
                             + data("weight", String(link.weight)) + "</edge>")
            }
        }
        lines += ["  </graph>", "</graphml>"]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func data(_ key: String, _ value: String) -> String {
        #"<data key="\#(key)">\#(escape(value))</data>"#
    }

    /// Escapes markup, and drops what XML 1.0 cannot hold at all (control characters other than tab and
    /// line breaks, lone surrogates cannot occur in a Swift String): a hostile name stays well-formed.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result += "&#\(scalar.value);"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
