using Kansrijk.Coalitions;
using Kansrijk.Coalitions.Questionnaire;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Demo;

/// <summary>
/// Coalitions from the seeds, with only what the seeds say. Haarlem from its action plan and progress note (2022):
/// partners of 2019 and the 2021 additions, three local lines with seven goals, the three projects, budget 2022;
/// Den Haag and Groningen from their practice examples; five more from the sixth progress report (<see cref="SixthReportCoalitions"/>).
/// </summary>
public sealed class CoalitionDemoData(KansrijkDb db)
{
    public const string HaarlemName = "Coalitie Kansrijke Start Haarlem";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        // Keyed by stable demo keys, not by name: a renamed demo coalition is not made again (see DemoRecord).
        await DemoRecords.OnceAsync(db, "coalities:haarlem-denhaag-groningen",
            () => db.Coalitions.AnyAsync(c => c.Name == HaarlemName, ct), () => SeedHaarlemDenHaagGroningenAsync(ct), ct);
        foreach (var coalition in SixthReportCoalitions.All())
        {
            await DemoRecords.OnceAsync(db, "coalitie:" + coalition.Name,
                () => db.Coalitions.AnyAsync(c => c.Name == coalition.Name, ct),
                async () =>
                {
                    db.Coalitions.Add(coalition);
                    await db.SaveChangesAsync(ct);
                }, ct);
        }
        // The seeds do not say which municipalities are centrumgemeente, so L03 would never appear in the demo. These three
        // (the seeds' own municipalities, each a centrumgemeente vrouwenopvang) are marked as clearly labelled examples.
        var central = await db.CentralMunicipalities.Select(c => c.MunicipalityCode).ToListAsync(ct);
        foreach (var code in ExampleCentralMunicipalities.Where(c => !central.Contains(c)))
        {
            db.CentralMunicipalities.Add(new CentralMunicipality { MunicipalityCode = code, MarkedAt = DateTime.UtcNow, MarkedBy = ExampleCentralMarker });
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Haarlem, Den Haag, Groningen: marked as centrumgemeente in the demo, as examples.</summary>
    public static IReadOnlyList<string> ExampleCentralMunicipalities { get; } = ["GM0392", "GM0518", "GM0014"];

    public const string ExampleCentralMarker = "demo (voorbeeld)";

    private async Task SeedHaarlemDenHaagGroningenAsync(CancellationToken ct)
    {
        db.Coalitions.AddRange(DenHaag(), Groningen());
        var haarlem = new Coalition
        {
            Name = HaarlemName,
            Kind = CoalitionKind.Local,
            Status = CoalitionStatus.Formed,
            StatusSince = 2019,
            Plan = PlanStatus.Adopted,
            MeetingRhythm = "elke twee maanden",
            Notes = "Bron: gemeente Haarlem, Kansrijke Start Haarlem, actieplan en voortgangsnotitie (januari 2022). Datum van vaststelling van het plan staat niet in de bron.",
            Municipalities = [new CoalitionMunicipality { MunicipalityCode = "GM0392" }],
            Partners =
            [
                new Partner { Name = "JGZ", Type = PartnerType.Jgz, Domain = PartnerDomain.Medical, JoinedYear = 2019 },
                new Partner { Name = "GGD Kennemerland", Type = PartnerType.Ggd, Domain = PartnerDomain.Medical, JoinedYear = 2019 },
                new Partner { Name = "Kraamzorg", Type = PartnerType.MaternityCare, Domain = PartnerDomain.Medical, JoinedYear = 2019 },
                new Partner { Name = "Verloskundigen", Type = PartnerType.MidwiferyPractice, Domain = PartnerDomain.Medical, JoinedYear = 2019 },
                new Partner { Name = "Spaarnegasthuis", Type = PartnerType.Hospital, Domain = PartnerDomain.Medical, JoinedYear = 2019 },
                new Partner { Name = "Centrum voor Jeugd en Gezin (CJG)", Type = PartnerType.Cjg, Domain = PartnerDomain.Social, JoinedYear = 2021 },
                new Partner { Name = "Sociaal Wijk Team (SWT)", Type = PartnerType.SocialTeam, Domain = PartnerDomain.Social, JoinedYear = 2021 },
                new Partner { Name = "Home-Start", Type = PartnerType.InformalSupport, Domain = PartnerDomain.Informal, JoinedYear = 2021 },
            ],
        };
        db.Coalitions.Add(haarlem);
        await db.SaveChangesAsync(ct);

        var national = await db.ActionLines.Where(l => l.CoalitionId == null).ToDictionaryAsync(l => l.Number, ct);
        var lines = new[]
        {
            Line(haarlem, 1, "Gezond en voorbereid zwanger", national[1], "Alle ouders zijn voorbereid op een gezonde zwangerschap, bevalling en het ouderschap.", "Bewuste en geplande zwangerschappen.", "Meer bespreken van kinderwens bij kwetsbare gezinnen."),
            Line(haarlem, 2, "Eerder en beter in beeld", national[2], "Ouders krijgen eerder passende begeleiding en hulp.", "Beter signaleren van (aanstaande) kwetsbare ouders."),
            Line(haarlem, 3, "Een gezond gezin en een veilig thuis", national[3], "Kinderen groeien op in een gezonde thuissituatie en leefomgeving.", "Meer baby's en jonge kinderen groeien thuis op."),
        };
        db.ActionLines.AddRange(lines);
        await db.SaveChangesAsync(ct);

        var interventions = await db.Interventions.ToDictionaryAsync(i => i.Name, ct);
        var ggd = haarlem.Partners.Single(p => p.Type == PartnerType.Ggd);
        db.Activities.AddRange(
            new Activity { CoalitionId = haarlem.Id, Year = 2022, Title = "Prenatale huisbezoeken vanuit de JGZ", ActionLineId = lines[0].Id, InterventionId = interventions["Prenataal huisbezoek JGZ"].Id, Status = ActivityStatus.Running },
            new Activity
            {
                CoalitionId = haarlem.Id,
                Year = 2022,
                Title = "Centering Pregnancy",
                ActionLineId = lines[0].Id,
                InterventionId = interventions["CenteringZwangerschap"].Id,
                Status = ActivityStatus.Running,
                Evaluation = "De eerste groepen waren enthousiast. Er was na 3 bijeenkomsten een groepsbinding zichtbaar."
            },
            new Activity
            {
                CoalitionId = haarlem.Id,
                Year = 2022,
                Title = "Nu Niet Zwanger",
                ActionLineId = lines[0].Id,
                InterventionId = interventions["Nu Niet Zwanger"].Id,
                Status = ActivityStatus.Running,
                OwnerPartnerId = ggd.Id,
                Evaluation = "De GGD is projectleider; een inhoudelijk coördinator traint aandachtsfunctionarissen bij ketenpartners."
            });
        db.BudgetLines.AddRange(
            new BudgetLine { CoalitionId = haarlem.Id, Year = 2022, Source = BudgetSource.MunicipalBudget, AmountCents = 80_000_00, Note = "Gemeente begroting Kansrijke Start" },
            new BudgetLine { CoalitionId = haarlem.Id, Year = 2022, Source = BudgetSource.MunicipalFund, AmountCents = 25_000_00, Note = "Prenatale huisbezoeken, bijdrage vanuit het gemeentefonds vanaf 1-7-2022" },
            new BudgetLine { CoalitionId = haarlem.Id, Year = 2022, Source = BudgetSource.NationalImpulseFunds, AmountCents = 30_000_00, Note = "Impulsmiddelen Kansrijke Start vanuit het Rijk" });
        await db.SaveChangesAsync(ct);
    }

    private static Coalition DenHaag() => new()
    {
        Name = "Haagse Kansrijke Start",
        Kind = CoalitionKind.Local,
        Status = CoalitionStatus.Formed,
        StatusSince = 2019,
        Notes = "Bron: praktijkvoorbeeld Haagse Kansrijke Start. Voortgekomen uit de Haagse Aanpak Perinatale Gezondheid (HAPG, sinds 2012). "
            + "In 2019 besloten de partijen hun samenwerking te verbreden tot het actieprogramma Haagse Kansrijke Start; in 2021 wordt het een bredere coalitie met sociaal-maatschappelijke organisaties.",
        Municipalities = [new CoalitionMunicipality { MunicipalityCode = "GM0518" }],
        Partners =
        [
            new Partner { Name = "Gynaecologen", Type = PartnerType.Hospital, Domain = PartnerDomain.Medical, JoinedYear = 2012 },
            new Partner { Name = "Verloskundigen", Type = PartnerType.MidwiferyPractice, Domain = PartnerDomain.Medical, JoinedYear = 2012 },
            new Partner { Name = "Kraamorganisaties", Type = PartnerType.MaternityCare, Domain = PartnerDomain.Medical, JoinedYear = 2012 },
            new Partner { Name = "Jeugdgezondheidszorg (JGZ)", Type = PartnerType.Jgz, Domain = PartnerDomain.Medical, JoinedYear = 2012 },
            new Partner { Name = "GGD Haaglanden", Type = PartnerType.Ggd, Domain = PartnerDomain.Medical, JoinedYear = 2012 },
            new Partner { Name = "Welzijnsorganisatie Xtra", Type = PartnerType.Welfare, Domain = PartnerDomain.Social },
            new Partner { Name = "Leids Universitair Medisch Centrum", Type = PartnerType.ResearchEducation, Domain = PartnerDomain.Medical },
            new Partner { Name = "Haagse Hogeschool", Type = PartnerType.ResearchEducation, Domain = PartnerDomain.Social },
        ],
    };

    private static Coalition Groningen() => new()
    {
        Name = "Coalitie Kansrijke Start Groningen",
        Kind = CoalitionKind.Local,
        Status = CoalitionStatus.Formed,
        StatusSince = 2020,
        Coordinators = "Zorgadvies Groningen, samen met de gemeente",
        Notes = "Bron: praktijkvoorbeeld Kansrijke Start Groningen. Begin 2020 ontstaan uit de werkgroep 'Zwangeren Centraal' (sinds 2011, met steun van Healthy Pregnancy 4 All).",
        Municipalities = [new CoalitionMunicipality { MunicipalityCode = "GM0014" }],
        Partners =
        [
            new Partner { Name = "Gynaecologen", Type = PartnerType.Hospital, Domain = PartnerDomain.Medical },
            new Partner { Name = "Verloskundigen uit de eerste en tweede lijn", Type = PartnerType.MidwiferyPractice, Domain = PartnerDomain.Medical },
            new Partner { Name = "Kraamzorg", Type = PartnerType.MaternityCare, Domain = PartnerDomain.Medical },
            new Partner { Name = "Jeugdgezondheidszorg (JGZ)", Type = PartnerType.Jgz, Domain = PartnerDomain.Medical },
            new Partner { Name = "Huisartsen", Type = PartnerType.GeneralPractitioner, Domain = PartnerDomain.Medical },
            new Partner { Name = "Zorgverzekeraar Menzis", Type = PartnerType.HealthInsurer, Domain = PartnerDomain.Medical },
            new Partner { Name = "WIJ-Groningen", Type = PartnerType.SocialTeam, Domain = PartnerDomain.Social },
        ],
        WorkingGroups = [new WorkingGroup { Name = "Preventief Platform", Theme = "Samenwerking van JGZ, kraamzorg en verloskundigen" }],
    };

    private static ActionLine Line(Coalition coalition, int number, string title, ActionLine national, params string[] goals) => new()
    {
        CoalitionId = coalition.Id,
        Number = number,
        Title = title,
        NationalLineId = national.Id,
        Goals = [.. goals.Select((g, i) => new ActionGoal { Number = i + 1, Text = g })],
    };
}
