"""Articles written for the tests: two outlets' wordings of one event, near-misses, two events."""

# Two outlets' wordings of one event, written for these tests.
OUTLET_A = """ date 2025-03-11
MONTEVIDEO, Uruguay, March 11. Uruguay's Minister of Industry Omar Paganini and Paraguay's Minister of
Industry and Trade Javier Gimenez held talks in Montevideo on Tuesday on river transport and energy.

The ministers signed a memorandum of understanding on inland navigation.
"""
OUTLET_B = """ date 2025-03-12
ASUNCION, Paraguay, March 12. Paraguay and Uruguay discussed agriculture and river transport at talks in
Montevideo on Tuesday, the Paraguayan ministry said.

Paraguay's Minister of Industry and Trade Javier Gimenez met Uruguay's Minister of Industry Omar Paganini
and Uruguay's Deputy Minister of Industry Walter Verri. They agreed to meet again in Asuncion in June.
"""
# The same sides a week later: another event.
WEEK_LATER = """ date 2025-03-18
MONTEVIDEO, Uruguay, March 18. Uruguay's Minister of Industry Omar Paganini and Paraguay's Minister of
Industry and Trade Javier Gimenez held talks in Montevideo on Tuesday on river transport.
"""
TWO_EVENTS = """ date 2025-05-06
LIMA, Peru, May 6. Peru's Minister of Energy Rosa Vela and Ecuador's Minister of Energy Pablo Mena held
talks in Lima on Tuesday on electricity exchange and hydropower.

The ministers also discussed gas pipelines and power grids.

Later that day the Ecuadorian delegation toured the Callao container terminal, where they were briefed on
fruit exports and cold storage.
"""
EXPORTS = """ date 2025-06-02
MONTEVIDEO, Uruguay, June 2. Uruguay's Minister of Industry Omar Paganini and Paraguay's Minister of
Industry and Trade Javier Gimenez held talks in Montevideo on Monday on river transport.

Uruguay's exports to Paraguay reached $1.2 billion in 2024, and Paraguay's exports to Uruguay came to
$700 million. Trade between the two countries reached $1.9 billion.
"""
