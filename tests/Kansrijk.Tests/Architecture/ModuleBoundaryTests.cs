using Kansrijk.Tests.Infrastructure;
using NetArchTest.Rules;

namespace Kansrijk.Tests.Architecture;

/// <summary>
/// The modules of Kansrijk (Geography, Monitor, Coalitions, CarePaths, Organisations, Pathways, CaseMeetings) use each other only through their
/// contracts. Platform (the database, layout, composition) and Access (accounts, authorization, access log) are the
/// foundation every module may use; Demo seeds every module. Today's crossings are named below so none can be added:
/// a new one fails this test until it goes through a contract or is named here with its reason.
/// </summary>
[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class ModuleBoundaryTests
{
    private static readonly string[] Modules = ["Geography", "Monitor", "Coalitions", "CarePaths", "Organisations", "Pathways", "CaseMeetings", "Signalling"];

    /// <summary>What a module offers the others: reading through these is not a crossing.</summary>
    private static readonly Dictionary<string, string[]> Contracts = new()
    {
        ["Geography"] = ["Kansrijk.Geography.AreaQueries", "Kansrijk.Geography.AreaDetail", "Kansrijk.Geography.AreaType", "Kansrijk.Geography.MunicipalityDirectory"],
        ["Monitor"] = [],
        ["Coalitions"] = [],
        ["CarePaths"] = ["Kansrijk.CarePaths.OfferDirectory", "Kansrijk.CarePaths.OfferSummary",
            // the signalling page routes her offers by the care paths' own rules (OfferDirectory.RouteAsync)
            "Kansrijk.CarePaths.RoutedAdvice", "Kansrijk.CarePaths.ThemeAdvice", "Kansrijk.CarePaths.AdvisedOffer", "Kansrijk.CarePaths.OfferFit",
            "Kansrijk.CarePaths.AdviceQuestion"],
        ["Organisations"] = ["Kansrijk.Organisations.OrganisationDirectory", "Kansrijk.Organisations.OrganisationContact", "Kansrijk.Organisations.OrganisationKind", "Kansrijk.Organisations.OrganisationKinds"],
        ["Pathways"] = ["Kansrijk.Pathways.PathwayCounts", "Kansrijk.Pathways.ReferralYear", "Kansrijk.Pathways.ReferralOfferYear",
            // for the case meetings: consent, identity and referral of a pathway; the shared encryption; the task list to add to
            "Kansrijk.Pathways.PathwayCaseLinks", "Kansrijk.Pathways.PathwayIdentity", "Kansrijk.Pathways.ClientDataProtector",
            "Kansrijk.Pathways.Tasks.ITaskSource", "Kansrijk.Pathways.Tasks.TaskItem", "Kansrijk.Pathways.Dates",
            // notices for one professional (meeting invitations) go through the one notice list and its mail job
            "Kansrijk.Pathways.Notices.NoticeService",
            // what another module holds about her is erased with her pathway
            "Kansrijk.Pathways.IPathwayDataEraser"],
        ["CaseMeetings"] = ["Kansrijk.CaseMeetings.CaseMeetingCounts", "Kansrijk.CaseMeetings.CaseMeetingYear"],
        ["Signalling"] = ["Kansrijk.Signalling.SignallingCounts", "Kansrijk.Signalling.ScreeningYear"],
    };

    private const string CarePathsLoadOrganisations =
        "an offer belongs to an organisation: the public care-path pages load each offer with its organisation's contact details in one query (navigation), for speed";
    private const string CarePathsEditOrganisations =
        "the care-path administration (/zorgpaden/beheer/organisaties, the social-map import) edits organisations and keeps their history with the care-path changes";
    private const string PathwaysKeyOrganisations = "client tables refer to organisations by foreign key (integrity); names and contact points come through OrganisationDirectory";

    private const string CaseMeetingsKeyOrganisations = "a meeting and its participants refer to organisations by foreign key (integrity); names come through OrganisationDirectory";

    /// <summary>Today's crossings: (type that crosses, module it reaches into) and why it is still there.</summary>
    private static readonly Dictionary<(string Type, string Module), string> KnownCrossings = new()
    {
        [("Kansrijk.CarePaths.CarePathPageModel", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.CarePaths.MunicipalityChoice", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.CarePaths.PathConfirmModel", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.CarePaths.RoutingQuestion", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Monitor.ProcessIndicators", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
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
        [("Kansrijk.Pathways.ConsentConfiguration", "CarePaths")] = "a consent for a referral names its offer by foreign key (integrity); names come through OfferDirectory",
        [("Kansrijk.Pathways.PathwayDemoData", "CarePaths")] = "the demo refers its fictional women to the example offers of the care-path demo",
        [("Kansrijk.Pathways.InvolvementRegisterModel", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Pathways.InvolvementService", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Pathways.PathwayCorrection", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Pathways.PathwayCorrectionPageModel", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Pathways.PathwayNewModel", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Pathways.PathwayService", "CarePaths")] = "checks the offer of a consent or referral in the offer table (to move to OfferDirectory)",
        [("Kansrijk.Pathways.PathwayService", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.Pathways.ReferralConfiguration", "CarePaths")] = "a referral names its offer by foreign key (integrity); names come through OfferDirectory",
        [("Kansrijk.Organisations.OrganisationConfiguration", "Geography")] = "reads the Areas table (names, types, members) directly instead of through AreaQueries",
        [("Kansrijk.CarePaths.CarePathAdminQueries", "Organisations")] = CarePathsLoadOrganisations,
        [("Kansrijk.CarePaths.CarePathConfiguration", "Organisations")] = CarePathsLoadOrganisations,
        [("Kansrijk.CarePaths.CarePathEndpoints", "Organisations")] = CarePathsLoadOrganisations,
        [("Kansrijk.CarePaths.CarePathQueries", "Organisations")] = CarePathsLoadOrganisations,
        [("Kansrijk.CarePaths.CarePathReference", "Organisations")] = CarePathsLoadOrganisations,
        [("Kansrijk.CarePaths.CarePathResources", "Organisations")] = CarePathsLoadOrganisations,
        [("Kansrijk.CarePaths.Offer", "Organisations")] = CarePathsLoadOrganisations,
        [("Kansrijk.CarePaths.OfferDirectory", "Organisations")] = CarePathsLoadOrganisations,
        [("Kansrijk.CarePaths.OfferEditModel", "Organisations")] = CarePathsLoadOrganisations,
        [("Kansrijk.CarePaths.CarePathEditor", "Organisations")] = CarePathsEditOrganisations,
        [("Kansrijk.CarePaths.OrganisationEditModel", "Organisations")] = CarePathsEditOrganisations,
        [("Kansrijk.CarePaths.SocialMapTransfer", "Organisations")] = CarePathsEditOrganisations,
        [("Kansrijk.Pathways.ConsentConfiguration", "Organisations")] = PathwaysKeyOrganisations,
        [("Kansrijk.Pathways.InvolvementConfiguration", "Organisations")] = PathwaysKeyOrganisations,
        [("Kansrijk.Pathways.PathwayConfiguration", "Organisations")] = PathwaysKeyOrganisations,
        [("Kansrijk.Pathways.ReferralConfiguration", "Organisations")] = PathwaysKeyOrganisations,
        [("Kansrijk.CarePaths.OfferRemoveModel", "Organisations")] = CarePathsLoadOrganisations,
        [("Kansrijk.Pathways.HomeVisits.HomeVisitSettingModel", "Organisations")] = "lists the home-visit offers with their organisation's name; to move to OfferDirectory",
        [("Kansrijk.Pathways.HomeVisits.HomeVisitView", "Organisations")] = "lists the offers for a follow-up referral with their organisation's name; to move to OfferDirectory",
        [("Kansrijk.Pathways.Notices.NoticeConfiguration", "Organisations")] = PathwaysKeyOrganisations,
        [("Kansrijk.Pathways.PathwayDemoData", "Organisations")] = "the demo seeds the example midwife practice and JGZ with their professionals",
        [("Kansrijk.Pathways.HomeVisits.HomeVisitService", "CarePaths")] = "reads offers (the home-visit flag, names, interventions) in the care-path tables; to move to OfferDirectory",
        [("Kansrijk.Pathways.HomeVisits.HomeVisitService", "Coalitions")] = "the outcome of a prenatal home visit names an intervention of the menukaart",
        [("Kansrijk.Pathways.HomeVisits.HomeVisitSettingModel", "CarePaths")] = "reads offers (the home-visit flag, names, interventions) in the care-path tables; to move to OfferDirectory",
        [("Kansrijk.Pathways.HomeVisits.HomeVisitView", "CarePaths")] = "reads offers (the home-visit flag, names, interventions) in the care-path tables; to move to OfferDirectory",
        [("Kansrijk.CaseMeetings.CaseMeetingConfiguration", "Organisations")] = CaseMeetingsKeyOrganisations,
        [("Kansrijk.CaseMeetings.MeetingParticipantConfiguration", "Organisations")] = CaseMeetingsKeyOrganisations,
        [("Kansrijk.Pathways.HomeVisits.HomeVisitView", "Coalitions")] = "the outcome of a prenatal home visit names an intervention of the menukaart",
        [("Kansrijk.Signalling.Responses.SignallingResponseConfiguration", "Pathways")] = "answers belong to a pathway by foreign key (integrity, and they go when the pathway is deleted)",
        [("Kansrijk.Signalling.Responses.SignallingInvitationConfiguration", "Pathways")] = "an invitation belongs to a pathway by foreign key (integrity, and it goes when the pathway is deleted)",
        [("Kansrijk.Signalling.SignallingCounts", "Pathways")] = "counts screening per municipality and pregnancy week and the referrals after it from the pathway and referral tables (no identity); to move to PathwayCounts",
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
