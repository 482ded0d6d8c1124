import RegioModel; let s = Store.bundled(); print(s.territories.count, s.search("abo").prefix(3), s.search("osterbotten").prefix(2))
