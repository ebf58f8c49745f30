# Outlets and wire agencies of the fictional country of Kessary (currency: marks).
# slug -> used in article ids; domain -> used in URLs.

AGENCIES = {
    "Stannard Press": {"slug": "stannard_press", "domain": "stannardpress.example"},
    "Eastreach Wire": {"slug": "eastreach_wire", "domain": "eastreachwire.example"},
    "Pan-Littoral News Agency": {"slug": "pan_littoral", "domain": "panlittoral.example"},
}

OUTLETS = {
    "The Altmoor Courant": {"slug": "altmoor_courant", "domain": "altmoorcourant.example"},
    "Quarrington Evening Post": {"slug": "quarrington_post", "domain": "quarringtonpost.example"},
    "Kestlin Gazette": {"slug": "kestlin_gazette", "domain": "kestlingazette.example"},
    "Ludden Valley Herald": {"slug": "ludden_herald", "domain": "luddenherald.example"},
    "Kessary Today": {"slug": "kessary_today", "domain": "kessarytoday.example"},
    "The Sellwick Clarion": {"slug": "sellwick_clarion", "domain": "sellwickclarion.example"},
    "Caddon Bay Mercury": {"slug": "caddon_mercury", "domain": "caddonbaymercury.example"},
    "KPB News": {"slug": "kpb_news", "domain": "kpbnews.example"},
    "The Sandrith Star": {"slug": "sandrith_star", "domain": "sandrithstar.example"},
    "Business Kessary": {"slug": "business_kessary", "domain": "businesskessary.example"},
    "Corrowfield Chronicle": {
        "slug": "corrowfield_chronicle",
        "domain": "corrowfieldchronicle.example",
    },
    "Lowmarsh Observer": {"slug": "lowmarsh_observer", "domain": "lowmarshobserver.example"},
    "The Inchmarra Islander": {"slug": "inchmarra_islander", "domain": "inchmarraislander.example"},
    "Ketterby Advertiser": {"slug": "ketterby_advertiser", "domain": "ketterbyadvertiser.example"},
    "The Wendle Record": {"slug": "wendle_record", "domain": "wendlerecord.example"},
}

ALL = {**AGENCIES, **OUTLETS}
