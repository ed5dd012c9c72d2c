using Kansrijk.Tests.Infrastructure;
using NetArchTest.Rules;

namespace Kansrijk.Tests.Architecture;

/// <summary>
/// The modules of Kansrijk (Geography, Monitor, Coalitions, CarePaths, Pathways) use each other only through their
/// contracts. Platform (the database, layout, composition) and Access (accounts, authorization, access log) are the
/// foundation every module may use; Demo seeds every module. Today's crossings are named below so none can be added:
/// a new one fails this test until it goes through a contract or is named here with its reason.
/// </summary>
[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class ModuleBoundaryTests
{
    private static readonly string[] Modules = ["Geography", "Monitor", "Coalitions", "CarePaths", "Pathways"];

    /// <summary>What a module offers the others: reading through these is not a crossing.</summary>
    private static readonly Dictionary<string, string[]> Contracts = new()
    {
        ["Geography"] = ["Kansrijk.Geography.AreaQueries", "Kansrijk.Geography.AreaDetail", "Kansrijk.Geography.AreaType", "Kansrijk.Geography.MunicipalityDirectory"],
        ["Monitor"] = [],
        ["Coalitions"] = [],
        ["CarePaths"] = [],
        ["Pathways"] = [],
    };

    /// <summary>Today's crossings: (type that crosses, module it reaches into) and why it is still there.</summary>
    private static readonly Dictionary<(string Type, string Module), string> KnownCrossings = new()
    {
        [("Kansrijk.CarePaths.CarePathPageModel", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.CarePaths.MunicipalityChoice", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.CarePaths.PathConfirmModel", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.CarePaths.RoutingQuestion", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Monitor.MapClasses", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.CarePaths.CarePathAdminQueries", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.CarePaths.CarePathConfiguration", "Coalitions")] = "care paths link offers to interventions of the menukaart",
        [("Kansrijk.CarePaths.CarePathConfiguration", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.CarePaths.CarePathEditor", "Coalitions")] = "care paths link offers to interventions of the menukaart",
        [("Kansrijk.CarePaths.CarePathEditor", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.CarePaths.CarePathEndpoints", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.CarePaths.CarePathIndexModel", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.CarePaths.CarePathQueries", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.CarePaths.CarePathResources", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.CarePaths.CarePathView", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.CarePaths.OfferEditModel", "Coalitions")] = "care paths link offers to interventions of the menukaart",
        [("Kansrijk.CarePaths.PathEditModel", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.CarePaths.SocialMapModel", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.CarePaths.SocialMapTransfer", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.CarePaths.ThemeAdminModel", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Coalitions.CoalitionConfiguration", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Coalitions.CoalitionFormRules", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Coalitions.CoalitionQueries", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Coalitions.Intervention", "Monitor")] = "the coalition register writes L01–L05 into the monitor and reads its figures for the report",
        [("Kansrijk.Coalitions.InterventionConfiguration", "Monitor")] = "the coalition register writes L01–L05 into the monitor and reads its figures for the report",
        [("Kansrijk.Coalitions.Interventions.InterventionEditModel", "Monitor")] = "the coalition register writes L01–L05 into the monitor and reads its figures for the report",
        [("Kansrijk.Coalitions.Questionnaire.CentralMunicipalitiesModel", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Coalitions.Questionnaire.ProgrammeIndicators", "Monitor")] = "the coalition register writes L01–L05 into the monitor and reads its figures for the report",
        [("Kansrijk.Coalitions.Questionnaire.QuestionnaireConfiguration", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Coalitions.Questionnaire.QuestionnaireEditor", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Coalitions.Questionnaire.QuestionnairePageModel", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Coalitions.Report.ProgressReport", "Monitor")] = "the coalition register writes L01–L05 into the monitor and reads its figures for the report",
        [("Kansrijk.Coalitions.Report.ProgressReportBuilder", "Monitor")] = "the coalition register writes L01–L05 into the monitor and reads its figures for the report",
        [("Kansrijk.Coalitions.Report.ProgressReportSections", "Monitor")] = "the coalition register writes L01–L05 into the monitor and reads its figures for the report",
        [("Kansrijk.Monitor.AreaProfileModel", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Monitor.AreaSums", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Monitor.Import.IndicatorImporter", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Monitor.IndicatorOverviewModel", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Monitor.IndicatorValueConfiguration", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Monitor.MonitorIndexModel", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Monitor.MonitorQueries", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Pathways.ConsentConfiguration", "CarePaths")] = "pathways refer to organisations and offers of the care paths (foreign keys and names) until Organisations is a module of its own",
        [("Kansrijk.Pathways.EmergencyAccessService", "CarePaths")] = "pathways refer to organisations and offers of the care paths (foreign keys and names) until Organisations is a module of its own",
        [("Kansrijk.Pathways.InvolvementRegisterModel", "CarePaths")] = "pathways refer to organisations and offers of the care paths (foreign keys and names) until Organisations is a module of its own",
        [("Kansrijk.Pathways.InvolvementRegisterModel", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Pathways.InvolvementService", "CarePaths")] = "pathways refer to organisations and offers of the care paths (foreign keys and names) until Organisations is a module of its own",
        [("Kansrijk.Pathways.InvolvementService", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Pathways.PathwayCorrection", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Pathways.PathwayCorrectionPageModel", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Pathways.PathwayTimeline", "CarePaths")] = "pathways refer to organisations and offers of the care paths (foreign keys and names) until Organisations is a module of its own",
        [("Kansrijk.Pathways.InvolvementConfiguration", "CarePaths")] = "pathways refer to organisations and offers of the care paths (foreign keys and names) until Organisations is a module of its own",
        [("Kansrijk.Pathways.PathwayConfiguration", "CarePaths")] = "pathways refer to organisations and offers of the care paths (foreign keys and names) until Organisations is a module of its own",
        [("Kansrijk.Pathways.PathwayDemoData", "CarePaths")] = "pathways refer to organisations and offers of the care paths (foreign keys and names) until Organisations is a module of its own",
        [("Kansrijk.Pathways.PathwayNewModel", "CarePaths")] = "pathways refer to organisations and offers of the care paths (foreign keys and names) until Organisations is a module of its own",
        [("Kansrijk.Pathways.PathwayNewModel", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Pathways.PathwayPageModel", "CarePaths")] = "pathways refer to organisations and offers of the care paths (foreign keys and names) until Organisations is a module of its own",
        [("Kansrijk.Pathways.PathwayReader", "CarePaths")] = "pathways refer to organisations and offers of the care paths (foreign keys and names) until Organisations is a module of its own",
        [("Kansrijk.Pathways.PathwayService", "CarePaths")] = "pathways refer to organisations and offers of the care paths (foreign keys and names) until Organisations is a module of its own",
        [("Kansrijk.Pathways.PathwayService", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Pathways.ReferralConfiguration", "CarePaths")] = "pathways refer to organisations and offers of the care paths (foreign keys and names) until Organisations is a module of its own",
    };

    [Fact]
    public void No_module_uses_another_modules_entities_or_tables_outside_its_contract()
    {
        var added = Crossings().Except(KnownCrossings.Keys).Select(c => $"(\"{c.Type}\", \"{c.Module}\")").Order().ToList();
        Assert.True(added.Count == 0, "New crossings between modules:\n" + string.Join("\n", added));
    }

    [Fact]
    public void Every_named_crossing_still_exists()
    {
        var gone = KnownCrossings.Keys.Except(Crossings()).Select(c => $"{c.Type} → {c.Module}").Order().ToList();
        Assert.True(gone.Count == 0, "No longer crossing, remove from the list:\n" + string.Join("\n", gone));
    }

    /// <summary>Every (type, other module) where a type of one module uses a type of another that is not in its contract.</summary>
    private static HashSet<(string Type, string Module)> Crossings()
    {
        var assembly = typeof(Kansrijk.Platform.Database.KansrijkDb).Assembly;
        var crossings = new HashSet<(string Type, string Module)>();
        foreach (var module in Modules)
        {
            foreach (var other in Modules.Where(m => m != module))
            {
                var internals = Types.InAssembly(assembly).That().ResideInNamespaceMatching($"^Kansrijk\\.{other}(\\..*)?$").GetTypes()
                    .Select(t => t.FullName!).Except(Contracts[other]).ToArray();
                var result = Types.InAssembly(assembly).That().ResideInNamespaceMatching($"^Kansrijk\\.{module}(\\..*)?$")
                    .ShouldNot().HaveDependencyOnAny(internals).GetResult();
                foreach (var type in result.FailingTypes ?? [])
                {
                    // A lambda's or iterator's compiler-made class counts for the type that holds it.
                    crossings.Add((type.FullName.Split('+')[0].Split('/')[0].Split('<')[0], other));
                }
            }
        }
        return crossings;
    }
}
