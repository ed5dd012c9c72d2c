using Kansrijk.CarePaths;
using Kansrijk.Organisations;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Demo;

/// <summary>
/// Care paths and offers for the demo coalitions: Den Haag (GM0518, with the regional path of GGD Haaglanden and the
/// issue's routing example: up to 26 → Loket Jonge Moeders, 27 and older with debts → FIOM), Haarlem (GM0392) and
/// Groningen (GM0014). Everything invented is marked "voorbeeld" and uses fake numbers (0.. 000 ....) and example.org
/// addresses; only Veilig Thuis (0800-2000) is a real national number. Idempotent.
/// </summary>
public sealed class CarePathDemoData(KansrijkDb db, TimeProvider clock)
{
    public const string LoketJongeMoeders = "Loket Jonge Moeders Den Haag";

    /// <summary>Made once, keyed by a stable demo key (see <see cref="DemoRecord"/>), so renaming a demo organisation does not copy it all.</summary>
    public Task SeedAsync(CancellationToken ct = default) =>
        DemoRecords.OnceAsync(db, "zorgpaden-en-sociale-kaart", () => db.Organisations.AnyAsync(o => o.Name == LoketJongeMoeders, ct), () => SeedOnceAsync(ct), ct);

    private async Task SeedOnceAsync(CancellationToken ct)
    {
        var themes = await db.RiskThemes.ToDictionaryAsync(t => t.Code, ct);
        var interventions = await db.Interventions.ToDictionaryAsync(i => i.Name, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        Organisation Org(string name, string type, string? phone, string? email, string? website = null, string? address = null, string? hours = null, bool example = true,
            OrganisationKind kind = OrganisationKind.SocialDomain) =>
            new() { Name = name, Kind = kind, Type = type, Phone = phone, Email = email, Website = website, Address = address, Hours = hours, IsExample = example };

        var veiligThuis = Org("Veilig Thuis", "Advies- en meldpunt", "0800-2000", null, "https://www.veiligthuis.nl", hours: "dag en nacht", example: false, kind: OrganisationKind.Other);
        var ljm = Org(LoketJongeMoeders, "Gemeentelijk loket", "070 000 0001", "loket-jonge-moeders@example.org", address: "Voorbeeldstraat 1, Den Haag", hours: "ma–vr 9.00–17.00");
        var fiom = Org("Fiom", "Landelijke organisatie", null, "fiom-voorbeeld@example.org", "https://fiom.nl", kind: OrganisationKind.Other);
        var haagsWijkteam = Org("Sociaal wijkteam Den Haag (voorbeeld)", "Sociaal wijkteam", "070 000 0002", "wijkteam-denhaag@example.org", hours: "ma–vr 8.30–17.00", kind: OrganisationKind.Wijkteam);
        var haarlemSchuld = Org("Schuldhulp Haarlem (voorbeeld)", "Gemeentelijke schuldhulpverlening", "023 000 0001", "schuldhulp-haarlem@example.org", address: "Voorbeeldplein 2, Haarlem");
        var haarlemSwt = Org("Sociaal Wijk Team Haarlem (voorbeeld)", "Sociaal wijkteam", "023 000 0002", "swt-haarlem@example.org", kind: OrganisationKind.Wijkteam);
        var homeStart = Org("Home-Start Haarlem (voorbeeld)", "Vrijwilligersorganisatie", "023 000 0003", "homestart-haarlem@example.org", kind: OrganisationKind.Informal);
        var ggdKennemerland = Org("GGD Kennemerland (voorbeeld)", "GGD", "023 000 0004", "nnz-kennemerland@example.org", kind: OrganisationKind.Other);
        var groningenSociaal = Org("Sociaal team Groningen (voorbeeld)", "Sociaal wijkteam", "050 000 0001", "sociaalteam-groningen@example.org", kind: OrganisationKind.Wijkteam);
        var verslavingNoord = Org("Verslavingszorg Noord (voorbeeld)", "Verslavingszorg", "050 000 0002", "verslavingszorg@example.org", hours: "ma–vr 9.00–17.00", kind: OrganisationKind.Other);
        db.Organisations.AddRange(veiligThuis, ljm, fiom, haagsWijkteam, haarlemSchuld, haarlemSwt, homeStart, ggdKennemerland, groningenSociaal, verslavingNoord);

        Offer Offer(Organisation org, string name, string description, string[] themeCodes, string[] municipalities, OfferAccess access,
            int? minAge = null, int? maxAge = null, string languages = ",nl,", string? target = null, string? cost = "Gratis", bool national = false,
            InsuranceCriterion insurance = InsuranceCriterion.Any, int? monthsSinceCheck = 1, string? intervention = null, bool example = true)
        {
            var offer = new Offer
            {
                Organisation = org,
                Name = name,
                Description = description,
                TargetGroup = target,
                MinAge = minAge,
                MaxAge = maxAge,
                Languages = languages,
                Cost = cost,
                Access = access,
                National = national,
                Insurance = insurance,
                InterventionId = intervention is null ? null : interventions.GetValueOrDefault(intervention)?.Id,
                LastCheckedOn = today.AddMonths(-(monthsSinceCheck ?? 1)),
                Status = ContentStatus.Published,
                IsExample = example,
                Themes = [.. themeCodes.Select(c => new OfferTheme { ThemeId = themes[c].Id })],
                Municipalities = [.. (national ? [Geography.Area.NetherlandsCode] : municipalities).Select(m => new OfferMunicipality { MunicipalityCode = m })],
            };
            CarePathEditor.SetKeys(offer, org, themeCodes.Select(c => themes[c]));
            return offer;
        }

        const string Unplanned = "ongeplande-of-ongewenste-zwangerschap-en-kinderwens";
        const string Money = "financien-en-schulden";
        const string Violence = "huiselijk-geweld-en-kindermishandeling";
        const string Addiction = "verslaving-en-middelengebruik";
        const string Parenting = "opvoeding-en-ouderschap";
        const string Teen = "tienerzwangerschap";

        var veiligThuisOffer = Offer(veiligThuis, "Advies en melding bij huiselijk geweld en kindermishandeling",
            "Twijfelt u of een cliënt veilig is? Bel Veilig Thuis voor advies, ook anoniem. U kunt er ook een melding doen.",
            [Violence], [], OfferAccess.SelfReferral, national: true, languages: ",nl,en,", example: false, target: "Professionals en iedereen die zich zorgen maakt");
        var ljmOffer = Offer(ljm, "Begeleiding jonge moeders", "Een vaste begeleider helpt jonge zwangeren en moeders met geld, wonen, school en werk.",
            [Unplanned, Money, Teen], ["GM0518"], OfferAccess.ConsentNeeded, maxAge: 26, languages: ",nl,en,ar,tr,", target: "Zwangeren en moeders tot en met 26 jaar");
        var fiomOffer = Offer(fiom, "Keuzehulp bij een onbedoelde zwangerschap", "Gesprekken om een eigen keuze te maken bij een onbedoelde zwangerschap, ook als er geldzorgen zijn.",
            [Unplanned], ["GM0518"], OfferAccess.SelfReferral, minAge: 27, languages: ",nl,en,", target: "Vrouwen van 27 jaar en ouder");
        var haagsWijkteamOffer = Offer(haagsWijkteam, "Hulp bij geldzorgen en schulden", "Het wijkteam kijkt samen met de cliënt naar inkomen, toeslagen en schulden en regelt schuldhulp.",
            [Money], ["GM0518"], OfferAccess.SelfReferral, languages: ",nl,en,ar,tr,pap,");
        var haarlemSchuldOffer = Offer(haarlemSchuld, "Schuldhulpverlening", "Hulp bij betalingsachterstanden en schulden: een gesprek binnen drie werkdagen na aanmelding.",
            [Money], ["GM0392"], OfferAccess.ConsentNeeded, monthsSinceCheck: 14, languages: ",nl,en,pl,");
        var haarlemSwtOffer = Offer(haarlemSwt, "Ondersteuning thuis door het Sociaal Wijk Team", "Het wijkteam helpt bij zorgen over geld, wonen, opvoeden en gezondheid.",
            [Money, Parenting], ["GM0392"], OfferAccess.SelfReferral, languages: ",nl,en,ar,");
        var homeStartOffer = Offer(homeStart, "Home-Start: een vrijwilliger thuis", "Een getrainde vrijwilliger komt wekelijks bij gezinnen met jonge kinderen.",
            [Parenting], ["GM0392"], OfferAccess.SelfReferral, monthsSinceCheck: 13, intervention: "Home-Start");
        var nnzOffer = Offer(ggdKennemerland, "Nu Niet Zwanger: gesprek over kinderwens", "Een gesprek over kinderwens en anticonceptie voor mensen in een kwetsbare situatie.",
            [Unplanned], ["GM0392"], OfferAccess.ConsentNeeded, intervention: "Nu Niet Zwanger");
        var groningenOffer = Offer(groningenSociaal, "Hulp bij geld en wonen", "Het sociaal team helpt bij schulden, huur en toeslagen.",
            [Money], ["GM0014"], OfferAccess.SelfReferral);
        var addictionOffer = Offer(verslavingNoord, "Gesprek over middelengebruik in de zwangerschap", "Een verpleegkundige praat met de zwangere over roken, alcohol en drugs en begeleidt bij stoppen.",
            [Addiction], ["GM0014"], OfferAccess.ReferralNeeded, insurance: InsuranceCriterion.InsuredOnly, cost: "Vergoed door de zorgverzekering");
        db.Offers.AddRange(veiligThuisOffer, ljmOffer, fiomOffer, haagsWijkteamOffer, haarlemSchuldOffer, haarlemSwtOffer, homeStartOffer, nnzOffer, groningenOffer, addictionOffer);
        await db.SaveChangesAsync(ct);

        // GGD Haaglanden: a regional path for unplanned pregnancy; Den Haag replaces step 2 and adds step 4 and the routing rules.
        var regional = new CarePath
        {
            ThemeId = themes[Unplanned].Id,
            AreaCode = "GG7014",
            Status = ContentStatus.Published,
            IsExample = true,
            Signals = "Twijfel over het uitdragen van de zwangerschap.\nDe zwangerschap was niet gepland en de situatie thuis is onrustig.",
            Background = "Landelijk: bij een onbedoelde zwangerschap heeft iedere vrouw recht op een eigen, goed geïnformeerde keuze (voorbeeldtekst).",
            Steps =
            [
                new CarePathStep { Number = 1, Who = "Verloskundige of huisarts", What = "Bespreek de zwangerschap en vraag hoe zij erover denkt.", Consent = null },
                new CarePathStep { Number = 2, Who = "Verloskundige", What = "Verwijs naar keuzehulp in de regio.", Consent = "Mondelinge toestemming van de cliënt", WarmHandover = false },
                new CarePathStep { Number = 3, Who = "JGZ", What = "Biedt een prenataal huisbezoek aan als zij de zwangerschap uitdraagt.", Consent = "Toestemming voor overdracht aan de JGZ", WarmHandover = true, Escalation = "Bij zorgen over veiligheid: bel Veilig Thuis (0800-2000)." },
            ],
        };
        var denHaag = new CarePath
        {
            ThemeId = themes[Unplanned].Id,
            AreaCode = "GM0518",
            Status = ContentStatus.Published,
            IsExample = true,
            Signals = "In Den Haag ook: geldzorgen of schulden bij een onbedoelde zwangerschap.",
            Steps =
            [
                new CarePathStep { Number = 2, Who = "Verloskundige", What = "Verwijs volgens de Haagse afspraken: tot en met 26 jaar naar het Loket Jonge Moeders, vanaf 27 jaar met schulden naar Fiom.", Consent = "Toestemming van de cliënt voor het doorgeven van haar gegevens", WarmHandover = true },
                new CarePathStep { Number = 4, Who = "Sociaal wijkteam", What = "Helpt bij schulden en regelt zo nodig schuldhulp.", Consent = "Toestemming van de cliënt", WarmHandover = true },
            ],
            Rules =
            [
                new RoutingRule { MaxAge = 26, OfferId = ljmOffer.Id },
                new RoutingRule { MinAge = 27, Situation = "met schulden", OfferId = fiomOffer.Id },
            ],
        };
        var haarlem = new CarePath
        {
            ThemeId = themes[Money].Id,
            AreaCode = "GM0392",
            Status = ContentStatus.Published,
            IsExample = true,
            Signals = "Weinig eten, kleding of luiers in huis.\nBrieven van deurwaarders of afgesloten energie.\nZorgen over de eigen bijdrage voor kraamzorg.",
            Background = "Landelijk: ongeveer één op de vijftien kinderen groeit op in armoede; schulden geven stress die de start van een kind raakt (bron: zesde voortgangsrapportage Kansrijke Start).",
            Steps =
            [
                new CarePathStep { Number = 1, Who = "Verloskundige of kraamverzorgende", What = "Vraag of zij rond kan komen, zonder oordeel.", Consent = null },
                new CarePathStep { Number = 2, Who = "Verloskundige", What = "Bel samen met de cliënt het Sociaal Wijk Team voor een afspraak.", Consent = "Toestemming van de cliënt", WarmHandover = true },
                new CarePathStep { Number = 3, Who = "Sociaal Wijk Team", What = "Verwijst bij schulden door naar schuldhulpverlening en houdt contact met de verloskundige.", Consent = "Toestemming van de cliënt", WarmHandover = true, Escalation = "Bij zorgen over de veiligheid van moeder of kind: Veilig Thuis (0800-2000)." },
            ],
        };
        var kennemerland = new CarePath
        {
            ThemeId = themes[Violence].Id,
            AreaCode = "GG3109",
            Status = ContentStatus.Published,
            IsExample = true,
            Signals = "Blauwe plekken of verwondingen zonder goede verklaring.\nDe partner praat steeds voor haar.",
            Steps =
            [
                new CarePathStep { Number = 1, Who = "Iedere professional", What = "Volg de meldcode huiselijk geweld en kindermishandeling.", Consent = null },
                new CarePathStep { Number = 2, Who = "Aandachtsfunctionaris", What = "Vraag advies bij Veilig Thuis.", Consent = "Niet nodig voor advies; bespreek een melding waar het kan eerst met de cliënt.", Escalation = "Bij acuut gevaar: bel 112." },
            ],
        };
        var groningen = new CarePath
        {
            ThemeId = themes[Addiction].Id,
            AreaCode = "GM0014",
            Status = ContentStatus.Published,
            IsExample = true,
            Signals = "Uit de AlphaNL-vragenlijst: gebruik van alcohol of drugs in de zwangerschap.",
            Steps =
            [
                new CarePathStep { Number = 1, Who = "Verloskundige", What = "Bespreek het gebruik en de risico's voor het kind.", Consent = null },
                new CarePathStep { Number = 2, Who = "Verloskundige", What = "Verwijs naar de verslavingszorg.", Consent = "Toestemming van de cliënt", WarmHandover = true },
            ],
        };
        db.CarePaths.AddRange(regional, denHaag, haarlem, kennemerland, groningen);
        await db.SaveChangesAsync(ct);
    }
}
