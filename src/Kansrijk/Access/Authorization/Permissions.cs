namespace Kansrijk.Access.Authorization;

/// <summary>How a permission looks at the municipalities of the resource it is asked for.</summary>
public enum ScopeRule
{
    /// <summary>The role alone decides (e.g. importing figures).</summary>
    None,
    /// <summary>The actor must have some municipality in scope (e.g. opening the care-path editor).</summary>
    AnyScope,
    /// <summary>At least one of the resource's municipalities is in the actor's scope.</summary>
    CoversAny,
    /// <summary>Every municipality of the resource is in the actor's scope; a national resource (none) only for administrators.</summary>
    CoversAll,
    /// <summary>
    /// Client data: one of the resource's organisations (involved in the pathway or receiving the referral) is one the
    /// actor belongs to. Nobody else has it, administrators neither: their second factor grants no client data.
    /// </summary>
    Involved,
    /// <summary>The actor belongs to at least one organisation (to open a pathway for it).</summary>
    OwnOrganisation,
    /// <summary>
    /// As <see cref="Involved"/>, or the actor herself has a running break-the-glass access to the resource (24 hours,
    /// with a reason, flagged in the log). Only for reading.
    /// </summary>
    InvolvedOrEmergency,
    /// <summary>The actor is privacy officer of an organisation (and, with a resource, of one of its organisations).</summary>
    PrivacyOfficer,
    /// <summary>
    /// Case meetings: the actor is one of the resource's participants (professionals by account) and belongs to an
    /// organisation. Colleagues of the same organisation who do not take part are refused, administrators too.
    /// </summary>
    Participant,
}

/// <summary>One thing someone may do. The name is what policies, the matrix and the access log use.</summary>
public sealed record Permission(string Name, string Description, ScopeRule Scope, params Role[] Roles);

/// <summary>
/// The catalogue: every permission of Kansrijk, mapped to the roles that hold it. An administrator signed in with a
/// second factor holds every permission everywhere; without the second factor, none. See docs/authorization.md.
/// </summary>
public static class Permissions
{
    /// <summary>The names as constants, for attributes.</summary>
    public static class Names
    {
        public const string CoalitionCreate = "coalitie.aanmaken";
        public const string CoalitionEdit = "coalitie.bewerken";
        public const string CoalitionMunicipalitiesChange = "coalitie.gemeenten-wijzigen";
        public const string QuestionnaireEdit = "vragenlijst.bewerken";
        public const string CarePathEditor = "zorgpad.beheer-openen";
        public const string CarePathEdit = "zorgpad.bewerken";
        public const string OfferEdit = "aanbod.bewerken";
        public const string OrganisationEdit = "organisatie.bewerken";
        public const string OrganisationMunicipalitiesChange = "organisatie.gemeenten-wijzigen";
        public const string SocialMapImport = "sociale-kaart.importeren";
        public const string MonitorImport = "monitor.importeren";
        public const string IndicatorEdit = "indicator.bewerken";
        public const string ReferenceDataManage = "referentiedata.beheren";
        public const string UsersManage = "gebruikers.beheren";
        public const string AccessLogRead = "toegangslog.lezen";
        public const string InstrumentManage = "instrument.beheren";
        public const string PathwayOpen = "traject.openen";
        public const string ClientRead = "client.lezen";
        public const string ClientWrite = "client.wijzigen";
        public const string ReferralReceive = "verwijzing.ontvangen";
        public const string InvolvementRegister = "betrokkenheid.melden";
        public const string EmergencyAccess = "noodtoegang.vragen";
        public const string EmergencyAccessReview = "noodtoegang.overzicht";
        public const string CaseMeetingPlan = "overleg.plannen";
        public const string CaseMeetingAttend = "overleg.deelnemen";
    }

    public static readonly Permission CoalitionCreate = new(Names.CoalitionCreate,
        "Een coalitie aanmaken voor gemeenten in de eigen scope", ScopeRule.CoversAll, Role.Coordinator);
    public static readonly Permission CoalitionEdit = new(Names.CoalitionEdit,
        "Een coalitie bewerken waarvan een gemeente in de eigen scope valt (partners, activiteiten, begroting, teksten)", ScopeRule.CoversAny, Role.Coordinator);
    public static readonly Permission CoalitionMunicipalitiesChange = new(Names.CoalitionMunicipalitiesChange,
        "Gemeenten aan een coalitie toevoegen of eruit halen: alleen gemeenten in de eigen scope", ScopeRule.CoversAll, Role.Coordinator);
    public static readonly Permission QuestionnaireEdit = new(Names.QuestionnaireEdit,
        "De jaarlijkse vragenlijst van een gemeente in de eigen scope invullen en bevestigen", ScopeRule.CoversAll, Role.Coordinator);
    public static readonly Permission CarePathEditor = new(Names.CarePathEditor,
        "De beheerpagina's van zorgpaden en sociale kaart openen", ScopeRule.AnyScope, Role.Coordinator);
    public static readonly Permission CarePathEdit = new(Names.CarePathEdit,
        "Een zorgpad van een gemeente of GGD-regio in de eigen scope maken, wijzigen en publiceren", ScopeRule.CoversAll, Role.Coordinator);
    public static readonly Permission OfferEdit = new(Names.OfferEdit,
        "Hulpaanbod voor gemeenten in de eigen scope vastleggen en wijzigen", ScopeRule.CoversAll, Role.Coordinator);
    public static readonly Permission OrganisationEdit = new(Names.OrganisationEdit,
        "Een organisatie bewerken die een gemeente in de eigen scope bedient", ScopeRule.CoversAny, Role.Coordinator);
    public static readonly Permission OrganisationMunicipalitiesChange = new(Names.OrganisationMunicipalitiesChange,
        "Gemeenten die een organisatie bedient toevoegen of weghalen: alleen gemeenten in de eigen scope", ScopeRule.CoversAll, Role.Coordinator);
    public static readonly Permission SocialMapImport = new(Names.SocialMapImport,
        "De sociale kaart van een gemeente in de eigen scope importeren", ScopeRule.CoversAll, Role.Coordinator);
    public static readonly Permission MonitorImport = new(Names.MonitorImport,
        "Cijfers voor de monitor importeren", ScopeRule.None, Role.Analyst);
    public static readonly Permission IndicatorEdit = new(Names.IndicatorEdit,
        "De beschrijving van een indicator wijzigen", ScopeRule.None, Role.Analyst);
    public static readonly Permission ReferenceDataManage = new(Names.ReferenceDataManage,
        "Thema's, menukaart en centrumgemeenten beheren", ScopeRule.None);
    public static readonly Permission UsersManage = new(Names.UsersManage,
        "Accounts en rollen beheren", ScopeRule.None);
    public static readonly Permission AccessLogRead = new(Names.AccessLogRead,
        "Het toegangslog doorzoeken en de keten controleren", ScopeRule.None);
    public static readonly Permission InstrumentManage = new(Names.InstrumentManage,
        "Signaleringsinstrumenten importeren, exporteren en publiceren", ScopeRule.None);

    // Client data (Pathways): only professionals of an involved organisation; see docs/pathways.md.
    public static readonly Permission PathwayOpen = new(Names.PathwayOpen,
        "Een traject openen voor een zwangere vrouw, namens de eigen organisatie", ScopeRule.OwnOrganisation, Role.Professional);
    public static readonly Permission ClientRead = new(Names.ClientRead,
        "Gegevens van een cliënt lezen (alleen als de eigen organisatie betrokken is, of met lopende noodtoegang)", ScopeRule.InvolvedOrEmergency, Role.Professional);
    public static readonly Permission ClientWrite = new(Names.ClientWrite,
        "Toestemming vastleggen of intrekken, verwijzen, gegevens corrigeren of verwijderen, betrokkenheid beëindigen (alleen als de eigen organisatie betrokken is)", ScopeRule.Involved, Role.Professional);
    public static readonly Permission ReferralReceive = new(Names.ReferralReceive,
        "Verwijzingen voor de eigen organisatie ontvangen en hun status bijwerken", ScopeRule.Involved, Role.Professional);
    public static readonly Permission InvolvementRegister = new(Names.InvolvementRegister,
        "Betrokkenheid van de eigen organisatie bij een vrouw melden (naam en geboortedatum, zonder inhoud); bij een andere betrokken organisatie krijgen beide elkaars contactgegevens", ScopeRule.OwnOrganisation, Role.Professional);
    public static readonly Permission EmergencyAccess = new(Names.EmergencyAccess,
        "Met een reden 24 uur noodtoegang vragen tot een traject waar de eigen organisatie niet bij betrokken is (alleen lezen, gemarkeerd in het toegangslog)", ScopeRule.OwnOrganisation, Role.Professional);
    public static readonly Permission EmergencyAccessReview = new(Names.EmergencyAccessReview,
        "De noodtoegangen van professionals van de eigen organisatie zien (wie, wanneer, welk traject, reden; geen cliëntgegevens)", ScopeRule.PrivacyOfficer, Role.PrivacyOfficer);

    // Case meetings (CaseMeetings): planned by a professional for her organisation; only participants see the cases.
    public static readonly Permission CaseMeetingPlan = new(Names.CaseMeetingPlan,
        "Een casusoverleg plannen namens de eigen organisatie en de eigen overleggen zien", ScopeRule.OwnOrganisation, Role.Professional);
    public static readonly Permission CaseMeetingAttend = new(Names.CaseMeetingAttend,
        "Een casusoverleg zien en er casussen, bespreking, besluiten, acties en het verslag vastleggen (alleen deelnemers van dat overleg)", ScopeRule.Participant, Role.Professional);

    public static readonly IReadOnlyList<Permission> All =
    [
        CoalitionCreate, CoalitionEdit, CoalitionMunicipalitiesChange, QuestionnaireEdit, CarePathEditor, CarePathEdit, OfferEdit,
        OrganisationEdit, OrganisationMunicipalitiesChange, SocialMapImport, MonitorImport, IndicatorEdit, ReferenceDataManage,
        UsersManage, AccessLogRead, InstrumentManage, PathwayOpen, ClientRead, ClientWrite, ReferralReceive, InvolvementRegister, EmergencyAccess, EmergencyAccessReview,
        CaseMeetingPlan, CaseMeetingAttend,
    ];

    private static readonly Dictionary<string, Permission> ByName = All.ToDictionary(p => p.Name);

    public static Permission? Find(string name) => ByName.GetValueOrDefault(name);
}
