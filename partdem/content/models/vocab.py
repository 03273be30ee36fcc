"""Controlled vocabularies: every allowed code with its English label.

Labels are msgids of the interface catalogues (``locales/``), so each is translated once, not in
every content file. ``N_`` marks them for ``make messages`` without translating at import time.
Where Participedia has a code for a value, the same code is used.
"""

from __future__ import annotations


def N_(text: str) -> str:
    """Mark a string for extraction into the catalogues; translated where it is shown."""
    return text


VOCABULARIES: dict[str, dict[str, str]] = {
    "case_type": {
        "citizens_assembly": N_("Citizens' assembly"),
        "citizens_jury": N_("Citizens' jury or panel"),
        "consensus_conference": N_("Consensus conference"),
        "planning_cell": N_("Planning cell"),
        "g1000": N_("G1000"),
        "citizens_council": N_("Citizens' council"),
        "deliberative_poll": N_("Deliberative poll"),
        "citizens_initiative_review": N_("Citizens' initiative review"),
        "permanent_body": N_("Permanent deliberative body"),
        "peoples_assembly": N_("People's assembly"),
        "community_assembly": N_("Community assembly"),
        "other": N_("Other"),
    },
    "scope": {
        "neighbourhood": N_("Neighbourhood"),
        "city": N_("City"),
        "metropolitan": N_("Metropolitan"),
        "regional": N_("Regional"),
        "national": N_("National"),
        "multinational": N_("Multinational"),
        "global": N_("Global"),
    },
    "case_status": {
        "planned": N_("Planned"),
        "running": N_("Running"),
        "completed": N_("Completed"),
        "cancelled": N_("Cancelled"),
    },
    "format": {
        "in_person": N_("In person"),
        "online": N_("Online"),
        "hybrid": N_("Hybrid"),
    },
    "topic": {
        "climate": N_("Climate"),
        "biodiversity": N_("Biodiversity"),
        "energy": N_("Energy"),
        "transport": N_("Transport"),
        "housing": N_("Housing"),
        "food": N_("Food and agriculture"),
        "water": N_("Water and flooding"),
        "land_use": N_("Land use and planning"),
        "health": N_("Health"),
        "economy": N_("Economy and work"),
        "democracy": N_("Democracy and institutions"),
        "constitution": N_("Constitution"),
        "electoral_reform": N_("Electoral reform"),
        "waste": N_("Waste and circular economy"),
        "social_issues": N_("Social issues"),
    },
    "commissioner_type": {
        "local_government": N_("Local government"),
        "regional_government": N_("Regional government"),
        "national_government": N_("National government"),
        "parliament": N_("Parliament"),
        "international_body": N_("International body"),
        "civil_society": N_("Civil society"),
        "activist_group": N_("Activist group"),
        "academic": N_("Academic"),
    },
    # The stages of a campaign for an assembly, in the order a campaign that succeeds reaches
    # them; the last two end a campaign without one.
    "campaign_stage": {
        "demand_made": N_("Demand made"),
        "motion_or_pledge": N_("Motion or pledge"),
        "commissioned": N_("Commissioned"),
        "running": N_("Assembly running"),
        "reported": N_("Assembly reported"),
        "responded": N_("Authority responded"),
        "stalled": N_("Stalled"),
        "refused": N_("Refused"),
    },
    "recruitment": {
        "sortition_stratified": N_("Stratified random selection"),
        "sortition_simple": N_("Simple random selection"),
        "open": N_("Open to all"),
        "appointed": N_("Appointed"),
        "mixed": N_("Mixed"),
    },
    "remuneration": {
        "none": N_("None"),
        "expenses": N_("Expenses covered"),
        "stipend": N_("Stipend"),
        "living_wage": N_("Living wage"),
    },
    "support": {
        "childcare": N_("Childcare"),
        "travel": N_("Travel"),
        "interpretation": N_("Interpretation"),
        "accessibility": N_("Accessibility support"),
    },
    "chapter_role": {
        "campaigned": N_("Campaigned for it"),
        "observer": N_("Observer"),
        "organiser": N_("Organiser"),
    },
    "commitment": {
        "none": N_("No commitment"),
        "consider": N_("To consider the recommendations"),
        "respond_in_writing": N_("To respond in writing"),
        "act_above_threshold": N_("To act on recommendations above a support threshold"),
        "binding": N_("Binding"),
    },
    # What an authority answered to a recommendation. The last three are never typed: the hub
    # shows them when the data has no answer to it (the authority answered others, or none).
    "response": {
        "accepted": N_("Accepted"),
        "accepted_in_part": N_("Accepted in part"),
        "modified": N_("Modified"),
        "under_consideration": N_("Under consideration"),
        "rejected": N_("Rejected"),
        "unknown": N_("Unknown"),
        "no_response": N_("No response yet"),
        "not_addressed": N_("Not addressed to an authority"),
    },
    "implementation": {
        "implemented": N_("Implemented"),
        "in_progress": N_("In progress"),
        "not_started": N_("Not started"),
        "abandoned": N_("Abandoned"),
        "unknown": N_("Unknown"),
    },
    # Whether an authority keeps to the follow-up due (derived from dates, never typed).
    "follow_up": {
        "on_time": N_("On time"),
        "late": N_("Late"),
        "silent": N_("Silent"),
        "not_due": N_("Nothing due yet"),
    },
    "verdict_kind": {
        "statement": N_("Statement"),
        "score": N_("Score"),
    },
    "evaluation": {
        "none": N_("None"),
        "self": N_("Self-evaluation"),
        "internal": N_("Internal evaluation"),
        "independent": N_("Independent evaluation"),
    },
    "chapter_level": {
        "local": N_("Local"),
        "regional": N_("Regional"),
        "national": N_("National"),
        "international": N_("International"),
    },
    "chapter_status": {
        "active": N_("Active"),
        "dormant": N_("Dormant"),
        "closed": N_("Closed"),
    },
    "activity": {
        "ca_campaign": N_("Campaigning for citizens' assemblies"),
        "pa_facilitation": N_("Facilitating people's assemblies"),
        "community_assembly": N_("Community assemblies"),
        "training": N_("Training"),
        "research": N_("Research"),
    },
    "skill": {
        "facilitation": N_("Facilitation"),
        "campaigning": N_("Campaigning"),
        "sortition": N_("Sortition and recruitment"),
        "process_design": N_("Process design"),
        "evaluation": N_("Evaluation"),
        "inclusion": N_("Inclusion and accessibility"),
        "online_tools": N_("Online tools"),
        "translation": N_("Translation"),
        "fundraising": N_("Fundraising"),
        "media": N_("Media and communication"),
        "policy_follow_up": N_("Policy follow-up"),
        "deliberation_basics": N_("Deliberative democracy basics"),
    },
    "audience": {
        "newcomer": N_("Newcomer"),
        "organiser": N_("Organiser"),
        "facilitator": N_("Facilitator"),
        "trainer": N_("Trainer"),
    },
    "training_level": {
        "intro": N_("Introductory"),
        "intermediate": N_("Intermediate"),
        "advanced": N_("Advanced"),
    },
    "training_format": {
        "workshop": N_("Workshop"),
        "self_study": N_("Self-study"),
        "webinar": N_("Webinar"),
        "video": N_("Video"),
        "slides": N_("Slides"),
    },
    "material_format": {
        "pdf": N_("PDF"),
        "web": N_("Web page"),
        "video": N_("Video"),
        "slides": N_("Slides"),
        "document": N_("Document"),
        "audio": N_("Audio"),
    },
    "resource_kind": {
        "guide": N_("Guide"),
        "toolkit": N_("Toolkit"),
        "template": N_("Template"),
        "report": N_("Report"),
        "research": N_("Research"),
        "video": N_("Video"),
        "podcast": N_("Podcast"),
        "dataset": N_("Dataset"),
        "software": N_("Software"),
    },
    "access": {
        "open": N_("Open access"),
        "registration": N_("Registration required"),
        "paid": N_("Paid"),
    },
    "initiative_kind": {
        "network": N_("Network"),
        "campaign": N_("Campaign"),
        "conference": N_("Conference"),
        "coalition": N_("Coalition"),
        "research": N_("Research"),
        "funding": N_("Funding"),
    },
    "initiative_status": {
        "planned": N_("Planned"),
        "active": N_("Active"),
        "ended": N_("Ended"),
    },
    "selection": {
        "sortition": N_("Random selection (sortition)"),
        "open": N_("Open participation"),
        "mixed": N_("Mixed"),
    },
    "cost_band": {
        "low": N_("Low"),
        "medium": N_("Medium"),
        "high": N_("High"),
    },
    "hosting": {
        "hosted": N_("Hosted service"),
        "self_hosted": N_("Self-hosted"),
        "both": N_("Hosted or self-hosted"),
    },
    "tool_feature": {
        "deliberation": N_("Deliberation"),
        "voting": N_("Voting"),
        "proposals": N_("Proposals"),
        "video": N_("Video meetings"),
        "sortition": N_("Sortition"),
        "translation": N_("Translation"),
        "surveys": N_("Surveys"),
        "mapping_opinions": N_("Mapping opinions"),
    },
    "benchmark_set": {
        "ca": N_("Citizens' assembly standards"),
        "pa": N_("People's assembly standards"),
    },
    # The local partners a group approaches before its assembly (the planner's groundwork).
    "partner": {
        "community_groups": N_("Community groups and residents' associations"),
        "charities": N_("Charities and voluntary organisations"),
        "faith_community_leaders": N_("Faith and community leaders"),
        "councillors_officials": N_("Councillors and council officials"),
        "academics": N_("Academics and universities"),
        "movements": N_("Other movements: unions, climate and justice groups"),
    },
    # When a group planning an assembly works on a benchmark item.
    "plan_when": {
        "before": N_("Before the assembly"),
        "during": N_("During the assembly"),
        "after": N_("After the assembly"),
    },
    "rating": {
        "0": N_("Not met"),
        "1": N_("Partly met"),
        "2": N_("Met"),
        "3": N_("Exemplary"),
        "unknown": N_("Unknown"),
        "n/a": N_("Does not apply"),
    },
    "channel": {
        "mastodon": N_("Mastodon"),
        "bluesky": N_("Bluesky"),
        "telegram": N_("Telegram"),
        "signal": N_("Signal group"),
        "whatsapp": N_("WhatsApp group"),
        "matrix": N_("Matrix"),
        "facebook": N_("Facebook"),
        "instagram": N_("Instagram"),
        "x": N_("X (Twitter)"),
        "youtube": N_("YouTube"),
        "newsletter": N_("Newsletter"),
        "other": N_("Other channel"),
    },
    "stratum": {
        "age": N_("Age"),
        "gender": N_("Gender"),
        "geography": N_("Place of residence"),
        "education": N_("Education"),
        "ethnicity": N_("Ethnicity"),
        "income": N_("Income or social class"),
        "disability": N_("Disability"),
        "climate_attitude": N_("Attitude to climate change"),
        "urban_rural": N_("Urban or rural"),
        "occupation": N_("Occupation"),
        "language": N_("Language"),
        "other": N_("Other"),
    },
    "region": {
        "africa": N_("Africa"),
        "americas": N_("Americas"),
        "asia": N_("Asia"),
        "europe": N_("Europe"),
        "oceania": N_("Oceania"),
        "international": N_("International (in no one country)"),
    },
}

# Case types that are open, self-selected assemblies: they are rated against the People's
# Assembly checklist, every other type against the CA checklist.
OPEN_ASSEMBLY_TYPES = frozenset({"peoples_assembly", "community_assembly"})


def checklist_of(case_type: str) -> str:
    """The benchmark checklist of a kind of process: pa for open assemblies, ca for the
    rest."""
    return "pa" if case_type in OPEN_ASSEMBLY_TYPES else "ca"
