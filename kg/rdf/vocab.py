"""The vocabularies the export uses, as plain IRI strings (the writers format them themselves).

docs/rdf.md describes every class and property listed here.
"""

from __future__ import annotations

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
OA = "http://www.w3.org/ns/oa#"
CG = "https://claimgraph.org/ns#"
# GRaSP's factuality values (Fokkens et al. 2017, Grounded Annotation Framework).
GRASPF = "http://groundedannotationframework.org/grasp/factuality#"
# FactBank (Saurí & Pustejovsky 2009) publishes no IRIs; claimgraph mints one per category it maps to.
FACTBANK = "https://claimgraph.org/ns/factbank#"
WIKIDATA = "http://www.wikidata.org/entity/"

PREFIXES = {"rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL, "skos": SKOS, "prov": PROV, "schema": SCHEMA,
            "oa": OA, "cg": CG, "graspf": GRASPF, "factbank": FACTBANK, "wd": WIKIDATA}

DEFAULT_BASE = "https://claimgraph.org/id/"

TYPE = RDF + "type"

# Modality: claimgraph's values and the concepts they stand for.
MODALITY_CONCEPT = {"assertion": CG + "asserted", "speculation": CG + "speculated"}
CONCEPT_MODALITY = {v: k for k, v in MODALITY_CONCEPT.items()}
QUOTE_TYPES = ("direct", "indirect", "mixed")

# Speaker kinds and their classes; "group" is an unnamed collective (多名学者专家).
SPEAKER_CLASSES = {
    "person": (SCHEMA + "Person",),
    "organization": (SCHEMA + "Organization",),
    "group": (SCHEMA + "Organization", CG + "Group"),
}


def modality_scheme() -> list[tuple[str, list[tuple[str, str, str | None]]]]:
    """The SKOS concept scheme, as (subject, [(predicate, object, literal language or 'iri')])."""
    scheme = CG + "modality"
    iri = "iri"

    def concept(name: str, label: str, definition: str, exact: list[str], close: list[str]) -> tuple:
        pos = [(TYPE, SKOS + "Concept", iri), (SKOS + "inScheme", scheme, iri), (SKOS + "topConceptOf", scheme, iri),
               (SKOS + "prefLabel", label, "en"), (SKOS + "definition", definition, "en")]
        pos += [(SKOS + "exactMatch", e, iri) for e in exact] + [(SKOS + "closeMatch", c, iri) for c in close]
        return CG + name, pos

    return [
        (scheme, [(TYPE, SKOS + "ConceptScheme", iri), (SKOS + "prefLabel", "claimgraph modality", "en"),
                  (SKOS + "hasTopConcept", CG + "asserted", iri), (SKOS + "hasTopConcept", CG + "speculated", iri)]),
        concept("asserted", "asserted",
                "The speaker presents the content as fact: no hedge word qualifies it.",
                [GRASPF + "CERTAIN", FACTBANK + "CT"], []),
        concept("speculated", "speculated",
                "The speaker presents the content as possible; the hedge cues (cg:hedge) say how (可能, may, might).",
                [GRASPF + "POSSIBLE", FACTBANK + "PS"], [GRASPF + "PROBABLE", FACTBANK + "PR"]),
        (FACTBANK + "CT", [(TYPE, SKOS + "Concept", iri), (SKOS + "notation", "CT", None),
                           (SKOS + "prefLabel", "FactBank certain", "en")]),
        (FACTBANK + "PR", [(TYPE, SKOS + "Concept", iri), (SKOS + "notation", "PR", None),
                           (SKOS + "prefLabel", "FactBank probable", "en")]),
        (FACTBANK + "PS", [(TYPE, SKOS + "Concept", iri), (SKOS + "notation", "PS", None),
                           (SKOS + "prefLabel", "FactBank possible", "en")]),
    ]
