#!/usr/bin/env python3
"""
Extracts the part of the IAEG-SDGs SDG data structure definition (DSD) that the SDMX-CSV writer
relies on into analysis/sdmx/sdg-dsd.json. Run once per DSD release; the JSON is the kept copy.

  python3 scripts/sdmx/extract-sdg-codelists.py SDG_DSD.xml > analysis/sdmx/sdg-dsd.json

Input used (2026-12): the DSD IAEG-SDGs:SDG(1.4) as served by registry.sdmx.org on 2021-06-24
(message IREF279317), copy kept at github.com/Tajstat/sdg-data-tajikistan2, SDG_DSD.xml, commit
ee8b885f9b43a9095341e604389179241c90e6d3. Series added to CL_SERIES after 1.4 (VC_SNS_WALN_DRK and
the psychological-violence series) are added by ADDED_SERIES below, each read in the 2025 DSD
(message IDREF120, prepared 2025-08-27) kept at github.com/SDG-Kenya/Data, SDG_DSD.xml, commit
9e18676dc88ff3850b52b1d2cdba5820bd84dcc7, whose dimension and attribute lists are the same.
"""
import json
import sys
import xml.etree.ElementTree as ET

S = 'http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure'
C = 'http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common'

# Code lists kept whole (small), and the codes kept of the big ones (the ones the writer emits).
WHOLE = ['CL_FREQ', 'CL_REPORTING_TYPE', 'CL_SEX', 'CL_AGE', 'CL_URBANISATION', 'CL_QUANTILE', 'CL_EDUCATION_LEV',
         'CL_DISABILITY', 'CL_UNIT_MEASURE', 'CL_UNIT_MULT', 'CL_OBS_STATUS', 'CL_NATURE']
SUBSET = {
    # 16.1.3, 16.1.4, 16.3.1, 16.5.1 series of DSD 1.4
    'CL_SERIES': ['VC_VOV_PHYL', 'VC_VOV_ROBB', 'VC_VOV_SEXL', 'VC_SNS_WALN', 'VC_PRR_PHYV', 'VC_PRR_ROBB', 'VC_PRR_SEXV', 'IU_COR_BRIB'],
    # Western Balkan jurisdictions (M49; Kosovo under UNSC resolution 1244 is 412 in CL_AREA)
    'CL_AREA': ['8', '70', '191', '412', '499', '688', '807'],
    'CL_OCCUPATION': ['_T'], 'CL_CUST_BREAKDOWN': ['_T'], 'CL_COMP_BREAKDOWN': ['_T'], 'CL_ACTIVITY': ['_T'], 'CL_PRODUCT': ['_T'],
}
ADDED_SERIES = {
    'VC_SNS_WALN_DRK': 'Proportion of population that feel safe walking alone around the area they live after dark [16.1.4]',
    'VC_VOV_PSYCHL': 'Proportion of population subjected to psychological violence in the previous 12 months, by sex (%) [16.1.3]',
    'VC_PRR_PSYCHV': 'Police reporting rate for psychological violence in the previous 12 months, by sex (%) [16.3.1]',
}


def name(node):
    n = node.find(f'{{{C}}}Name')
    return n.text if n is not None else ''


def main(path):
    root = ET.parse(path).getroot()
    codelists = {}
    for cl in root.iter(f'{{{S}}}Codelist'):
        cid = cl.get('id')
        codes = [(c.get('id'), name(c)) for c in cl.findall(f'{{{S}}}Code')]
        if cid in WHOLE:
            codelists[cid] = {'version': cl.get('version'), 'complete': True, 'codes': dict(codes)}
        elif cid in SUBSET:
            keep = dict(codes)
            codelists[cid] = {'version': cl.get('version'), 'complete': False,
                              'codes': {k: keep[k] for k in SUBSET[cid]}}
    codelists['CL_SERIES']['codes'].update(ADDED_SERIES)
    dsd = next(root.iter(f'{{{S}}}DataStructure'))
    dims, attrs = [], []
    for d in dsd.iter(f'{{{S}}}Dimension'):
        if d.get('id') is None:
            continue
        ref = d.find(f'.//{{{S}}}Enumeration/Ref')
        dims.append({'id': d.get('id'), 'codelist': ref.get('id')})
    for a in dsd.iter(f'{{{S}}}Attribute'):
        ref = a.find(f'.//{{{S}}}Enumeration/Ref')
        tf = a.find(f'.//{{{S}}}TextFormat')
        attrs.append({'id': a.get('id'), 'assignmentStatus': a.get('assignmentStatus'),
                      **({'codelist': ref.get('id')} if ref is not None else {'textType': tf.get('textType') if tf is not None else 'String'})})
    out = {
        'source': {
            'dsd': f"{dsd.get('agencyID')}:{dsd.get('id')}({dsd.get('version')})",
            'retrieved': 'registry.sdmx.org, message IREF279317 prepared 2021-06-24; copy github.com/Tajstat/sdg-data-tajikistan2 SDG_DSD.xml @ ee8b885f9b43a9095341e604389179241c90e6d3',
            'addedSeries': 'CL_SERIES codes VC_SNS_WALN_DRK (ORDER 641), VC_VOV_PSYCHL (637), VC_PRR_PSYCHV from the 2025 DSD, message IDREF120 prepared 2025-08-27; copy github.com/SDG-Kenya/Data SDG_DSD.xml @ 9e18676dc88ff3850b52b1d2cdba5820bd84dcc7 (same dimensions and attributes)',
            'dataflow': 'IAEG-SDGs:DF_SDG_GLH(1.24) as published by the UN data portal (data.un.org) in 2025',
            'subsets': 'complete=false: only the codes the writer emits are kept (checked present in the DSD above)',
        },
        'dataflow': {'agency': 'IAEG-SDGs', 'id': 'DF_SDG_GLH', 'version': '1.24'},
        'dimensions': dims,
        'timeDimension': 'TIME_PERIOD',
        'attributes': attrs,
        'codelists': dict(sorted(codelists.items())),
    }
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main(sys.argv[1])
