using Kansrijk.Coalitions;

namespace Kansrijk.Demo;

/// <summary>
/// The five coalitions told about in the sixth progress report (VWS, April 2023), with only what that report says.
/// Years it gives as "two years ago" are left out; start years are filled in only where the report names the year.
/// Where it does not name things (which fourteen municipalities in Limburg-Noord, the plan, budgets, reach), they stay empty.
/// </summary>
public static class SixthReportCoalitions
{
    private const string Source = "Bron: Zesde voortgangsrapportage Kansrijke Start (VWS, april 2023).";

    public static IReadOnlyList<Coalition> All() => [Apeldoorn(), Delft(), DenBosch(), GoereeOverflakkee(), LimburgNoord()];

    private static Partner P(string name, PartnerType type, PartnerDomain domain, int? joined = null) =>
        new() { Name = name, Type = type, Domain = domain, JoinedYear = joined };

    private static Coalition Apeldoorn() => new()
    {
        Name = "Kansrijke Start Apeldoorn",
        Kind = CoalitionKind.Local,
        Status = CoalitionStatus.Formed,
        Coordinators = "Projectleider Kansrijke Start vanuit de gemeente",
        Notes = Source + " Begonnen met een kerngroep (gynaecoloog, eerstelijnsverloskundige, beleidsadviseur Sociaal Domein, bestuurder CJG, "
            + "consultant van MEE en adviseur van Proscop). Gemaakt: een informatiekaart rond armoede; trainingen 'het goede gesprek' voor kraamzorg en "
            + "geboortezorg (huiselijk geweld, kindermishandeling, seksualiteit, schulden en armoede). Samen055 sloot gaandeweg aan: één loket met vier inlooppunten.",
        Municipalities = [new CoalitionMunicipality { MunicipalityCode = "GM0200" }],
        Partners =
        [
            P("Gemeente Apeldoorn", PartnerType.MunicipalDepartment, PartnerDomain.Social),
            P("Gynaecoloog", PartnerType.Hospital, PartnerDomain.Medical),
            P("Eerstelijnsverloskundige", PartnerType.MidwiferyPractice, PartnerDomain.Medical),
            P("Centrum Jeugd en Gezin (CJG)", PartnerType.Cjg, PartnerDomain.Social),
            P("MEE Veluwe", PartnerType.Other, PartnerDomain.Social),
            P("Proscop", PartnerType.Other, PartnerDomain.Social),
            P("Samen055", PartnerType.Other, PartnerDomain.Social),
        ],
        WorkingGroups =
        [
            new WorkingGroup { Name = "Preconceptie" },
            new WorkingGroup { Name = "Migranten" },
            new WorkingGroup { Name = "Samenwerking sociaal domein" },
            new WorkingGroup { Name = "Geboortezorg rondom armoede" },
            new WorkingGroup { Name = "Handelingsverlegenheid" },
            new WorkingGroup { Name = "Nazorg ouders in een kwetsbare situatie" },
        ],
    };

    private static Coalition Delft() => new()
    {
        Name = "Kansrijke Start Delft",
        Kind = CoalitionKind.Local,
        Status = CoalitionStatus.Formed,
        StatusSince = 2019,
        Coordinators = "Beleidsadviseur van de gemeente Delft (trekker)",
        Notes = Source + " In 2019 ondertekenden meerdere partners de intentieverklaring Kansrijke Start. Het Reinier de Graaf ziekenhuis en het VSV "
            + "gebruiken MindzCare (een vragenlijst over achttien domeinen van kwetsbaarheid). De coalitie ontwikkelde Kansrijke Start voor Ouders (Kasto): "
            + "een vaste begeleider die periodiek thuis langskomt. Plan: een klankbordgroep met inwoners. Regionale samenwerking is recent gestart.",
        Municipalities = [new CoalitionMunicipality { MunicipalityCode = "GM0503" }],
        Partners =
        [
            P("Gemeente Delft", PartnerType.MunicipalDepartment, PartnerDomain.Social, 2019),
            P("Reinier de Graaf ziekenhuis (Moeder en Kind centrum)", PartnerType.Hospital, PartnerDomain.Medical),
            P("Verloskundig samenwerkingsverband (VSV)", PartnerType.Vsv, PartnerDomain.Medical),
            P("Ervaringsdeskundige ouder", PartnerType.LivedExperience, PartnerDomain.Informal),
        ],
    };

    private static Coalition DenBosch() => new()
    {
        Name = "Kansrijke Start regio Den Bosch",
        Kind = CoalitionKind.Regional,
        Status = CoalitionStatus.Formed,
        Coordinators = "Projectleider vanuit GGD Hart voor Brabant",
        Notes = Source + " 's-Hertogenbosch, Vught, Boxtel en Sint-Michielsgestel werken samen. De coalitie introduceerde MindzCare, een digitale "
            + "vragenlijst voor zwangeren, gekoppeld aan de Pharos Zorgpadentool. Ambitie: Kansrijke Start uitbouwen voor kinderen tot vier jaar.",
        Municipalities =
        [
            new CoalitionMunicipality { MunicipalityCode = "GM0796" },
            new CoalitionMunicipality { MunicipalityCode = "GM0865" },
            new CoalitionMunicipality { MunicipalityCode = "GM0757" },
            new CoalitionMunicipality { MunicipalityCode = "GM0845" },
        ],
        Partners =
        [
            P("GGD Hart voor Brabant", PartnerType.Ggd, PartnerDomain.Medical),
            P("VSV@Verlosdenbosch", PartnerType.Vsv, PartnerDomain.Medical),
            P("Gemeente 's-Hertogenbosch", PartnerType.MunicipalDepartment, PartnerDomain.Social),
        ],
    };

    private static Coalition GoereeOverflakkee() => new()
    {
        Name = "Kansrijke Start Goeree-Overflakkee",
        Kind = CoalitionKind.Local,
        Status = CoalitionStatus.Preparing,
        StatusSince = 2022,
        Notes = Source + " Een van de gemeenten van de vierde tranche, gestart in 2022 nadat ziekenhuis CuraMare contact opnam met de gemeente. "
            + "Er is een kerngroep die met een agenda komt. Eerste prioriteit: een routekaart van wie welke zorg aanbiedt. Huisartsen zijn (nog) geen partner.",
        Municipalities = [new CoalitionMunicipality { MunicipalityCode = "GM1924" }],
        Partners =
        [
            P("CuraMare", PartnerType.Hospital, PartnerDomain.Medical, 2022),
            P("Centrum voor Jeugd en Gezin", PartnerType.Cjg, PartnerDomain.Social, 2022),
            P("Verloskundigenpraktijk", PartnerType.MidwiferyPractice, PartnerDomain.Medical, 2022),
            P("Stichting MEE", PartnerType.Other, PartnerDomain.Social, 2022),
            P("Geboortezorg", PartnerType.MaternityCare, PartnerDomain.Medical, 2022),
            P("Gemeente Goeree-Overflakkee", PartnerType.MunicipalDepartment, PartnerDomain.Social, 2022),
        ],
        WorkingGroups = [new WorkingGroup { Name = "Werkgroep verloskundigen, gynaecoloog en kraamzorg", Theme = "Kwetsbare zwangeren en ouders in beeld (eens per zes weken)" }],
    };

    private static Coalition LimburgNoord() => new()
    {
        Name = "Regionale coalitie Kansrijke Start Limburg-Noord",
        Kind = CoalitionKind.Regional,
        Status = CoalitionStatus.Preparing,
        Coordinators = "Kwartiermaker; opdrachtgever: wethouder van Roermond",
        Notes = Source + " Veertien gemeenten in Limburg-Noord voegden hun Kansrijke Start-middelen samen. Welke veertien staat niet in de bron: "
            + "alleen Roermond is vastgelegd; voeg de andere gemeenten toe als ze bekend zijn. De gedeputeerde van de provincie schuift aan; "
            + "de coalitie wil zorgverzekeraars en zorgaanbieders rond de geboorte betrekken. Bedrag en startjaar staan niet in de bron.",
        Municipalities = [new CoalitionMunicipality { MunicipalityCode = "GM0957" }],
        Partners =
        [
            P("Gemeente Roermond", PartnerType.MunicipalDepartment, PartnerDomain.Social),
            P("Provincie Limburg", PartnerType.Other, PartnerDomain.Social),
            P("GGD Limburg-Noord", PartnerType.Ggd, PartnerDomain.Medical),
        ],
    };
}
