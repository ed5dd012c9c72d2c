using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;
using static Kansrijk.Monitor.DesiredDirection;
using static Kansrijk.Monitor.IndicatorSet;
using static Kansrijk.Monitor.IndicatorUnit;
using static Kansrijk.Monitor.Phase;

namespace Kansrijk.Monitor;

/// <summary>
/// The built-in indicators: the 15 of the national monitor (2019 set) and the named indicators of the local
/// monitor. Added at start when missing; an indicator that administrators or analysts edited is left as it is.
/// </summary>
public static class IndicatorCatalogue
{
    /// <summary>The source of the programme indicators, which Kansrijk computes from the confirmed yearly questionnaires.</summary>
    public const string Register = "Kansrijk-register";

    private const string Questionnaire = Register + " (jaarlijkse vragenlijst gemeenten)";

    /// <summary>The source of the process indicators, which Kansrijk counts from its own pathways (<see cref="ProcessIndicators"/>).</summary>
    public const string Pathways = "Kansrijk-trajecten";

    public static IReadOnlyList<string> PathwayCodes { get; } =
        [ProcessIndicators.ReferralsCompleted, ProcessIndicators.DaysToFirstContact, ProcessIndicators.HomeVisitsDone, ProcessIndicators.HomeVisitsBeforeWeek30,
            .. CarePaths.OfferDirectory.BuiltInThemes.Select((_, i) => ProcessIndicators.ReferralsCompletedInTheme(i)),
            ProcessIndicators.Screened, ProcessIndicators.ScreenedEarly, ProcessIndicators.ScreenedWithAdvice,
            .. Signalling.SignallingCounts.Domains.Select((_, i) => ProcessIndicators.ScreenedWithAdviceInDomain(i)),
            ProcessIndicators.DiscussedInCaseMeeting, ProcessIndicators.AdviceFollowedByReferral];

    /// <summary>
    /// L01–L05 count municipalities, not people: a yes or no per municipality is public policy, so these are not
    /// suppressed (threshold 0). Every other indicator keeps a threshold of at least 10.
    /// </summary>
    public static IReadOnlyList<string> RegisterCodes { get; } = ["L01", "L02", "L03", "L04", "L05"];

    public static bool IsRegisterIndicator(string? code) => code is not null && RegisterCodes.Contains(code.ToUpperInvariant());

    public static IReadOnlyList<Indicator> Builtin { get; } = InListOrder(
    [
        New("L01", "Gemeenten met een lokale of regionale coalitie", ProgrammeWide, Percentage, "gemeenten met een coalitie", "gemeenten met impulsgelden Kansrijke Start (aantal per jaar met bron; anders: n van de gemeenten die antwoordden)", Questionnaire, Up, National, 0),
        New("L02", "Gemeenten met een gezamenlijk plan van aanpak Kansrijke Start", ProgrammeWide, Percentage, "gemeenten met een vastgesteld plan van aanpak", "gemeenten met impulsgelden Kansrijke Start (aantal per jaar met bron; anders: n van de gemeenten die antwoordden)", Questionnaire, Up, National, 0),
        New("L03", "Centrumgemeenten waarin Nu Niet Zwanger is gestart", BeforePregnancy, Percentage, "centrumgemeenten waar Nu Niet Zwanger is gestart", "alle centrumgemeenten", Questionnaire, Up, National, 0),
        New("L04", "Gemeenten waarin prenatale huisbezoeken worden uitgevoerd door de JGZ", DuringPregnancy, Percentage, "gemeenten met prenatale huisbezoeken door de JGZ", "alle gemeenten", Questionnaire, Up, National, 0),
        New("L05", "Gemeenten waarin VoorZorg wordt aangeboden", DuringPregnancy, Percentage, "gemeenten die VoorZorg aanbieden", "alle gemeenten", Questionnaire, Up, National, 0),
        New("L06", "Verloskundigenpraktijken getraind in CenteringZwangerschap", DuringPregnancy, Percentage, "getrainde verloskundigenpraktijken", "alle verloskundigenpraktijken", "Stichting Centering Nederland", Up, National, 0),
        New("L07", "Start zwangerschapsbegeleiding na de 10e week van de zwangerschap", DuringPregnancy, Percentage, "zwangerschappen met het eerste onderzoek na dag 70", "zwangerschappen van 24 weken of langer (eenmaal per moeder)", "Perined", Down, National, 1),
        New("L08", "Vrouwen met problematische schulden in jaar van bevalling", DuringPregnancy, Percentage, "bevallen vrouwen in de Wsnp en/of wanbetaler zorgverzekering (zij of partner)", "bevallen vrouwen", "CBS microdata", Down, National, 1),
        New("L09", "JGZ-organisaties die CenteringOuderschap aanbieden", DuringPregnancy, Percentage, "JGZ-organisaties met CenteringOuderschap", "alle JGZ-organisaties", "Stichting Centering Nederland", Up, National, 0),
        New("L10", "Gezinnen die geen gebruik maken van kraamzorg", AfterBirth, Percentage, "levend geborenen waarvan de moeder geen kraamzorg declareerde", "levend geborenen", "Vektis en CBS", Down, National, 1),
        New("L11", "Kinderen geboren in een gezin in een kwetsbare situatie", AfterBirth, Percentage, "levend geborenen in een gezin met meervoudige kwetsbaarheid (voorspeld)", "levend geborenen", "RIVM, DIAPER-voorspelmodel", Down, National, 1),
        New("L12", "Vroeggeboorte en/of laag geboortegewicht voor de duur van de zwangerschap (Big2)", AfterBirth, Percentage, "kinderen geboren na 24 weken met gewicht onder de 10e percentiel en/of geboren voor 37 weken", "alle kinderen geboren na 24 weken (levend en doodgeboren)", "Perined", Down, National, 1),
        New("L13", "Negatieve score op spraak-taalontwikkeling rond twee jaar", AfterBirth, Percentage, "kinderen rond twee jaar met een negatieve score", "kinderen rond twee jaar met een meting", "JGZ", Down, National, 1),
        New("L14", "Overgewicht (inclusief obesitas) rond twee jaar", AfterBirth, Percentage, "kinderen rond twee jaar met overgewicht of obesitas", "kinderen rond twee jaar met een meting", "JGZ", Down, National, 1),
        New("L15", "Kinderen tot twee jaar uit huis geplaatst", AfterBirth, PerThousand, "kinderen van 0 tot 2 jaar uit huis geplaatst", "kinderen van 0 tot 2 jaar", "CBS microdata", Down, National, 1),
        New("LM01", "Vrouwen en mannen van 19 tot 45 jaar met psychische problemen", BeforePregnancy, Percentage, "inwoners van 19 tot 45 jaar met psychische problemen", "inwoners van 19 tot 45 jaar", "Lokale Monitor Kansrijke Start", Down, LocalBasic, 1),
        New("LM02", "Vrouwen en mannen van 19 tot 45 jaar met problematische schulden", BeforePregnancy, Percentage, "inwoners van 19 tot 45 jaar met problematische schulden", "inwoners van 19 tot 45 jaar", "Lokale Monitor Kansrijke Start", Down, LocalBasic, 1),
        New("LM03", "Vrouwen van 19 tot 45 jaar die roken", BeforePregnancy, Percentage, "vrouwen van 19 tot 45 jaar die roken", "vrouwen van 19 tot 45 jaar", "Lokale Monitor Kansrijke Start", Down, LocalBasic, 1),
        New("LM04", "Roken tijdens de zwangerschap", DuringPregnancy, Percentage, "zwangeren die roken", "zwangeren", "Lokale Monitor Kansrijke Start", Down, LocalBasic, 1),
        New("LM05", "Kwetsbaarheid in de zwangerschap", DuringPregnancy, Percentage, "zwangeren in een kwetsbare situatie", "zwangeren", "Lokale Monitor Kansrijke Start", Down, LocalBasic, 1),
        New("LM06", "Kwetsbaarheid na de geboorte", AfterBirth, Percentage, "pasgeborenen in een gezin in een kwetsbare situatie", "pasgeborenen", "Lokale Monitor Kansrijke Start", Down, LocalBasic, 1),
        New("LM07", "Perinatale sterfte (vanaf 24 weken tot 7 dagen na de geboorte)", AfterBirth, PerThousand, "doodgeborenen vanaf 24 weken plus sterfte binnen 7 dagen na de geboorte", "geboorten vanaf 24 weken", "CBS / Perined", Down, LocalChoice, 1),
        New("LM08", "Ouders met een laag opleidingsniveau", BeforePregnancy, Percentage, "ouders van pasgeborenen met ten hoogste basisonderwijs of vmbo", "ouders van pasgeborenen", "Lokale Monitor Kansrijke Start", Down, LocalChoice, 1),
        New("LM09", "Eenoudergezinnen", AfterBirth, Percentage, "gezinnen met kinderen van 0 tot 2 jaar met één ouder", "gezinnen met kinderen van 0 tot 2 jaar", "Lokale Monitor Kansrijke Start", Down, LocalChoice, 1),
        New("LM10", "Langdurig laag inkomen", AfterBirth, Percentage, "huishoudens met kinderen van 0 tot 2 jaar met minstens 4 jaar een laag inkomen", "huishoudens met kinderen van 0 tot 2 jaar", "Lokale Monitor Kansrijke Start", Down, LocalChoice, 1),
        New(ProcessIndicators.ReferralsCompleted, "Verwijzingen via Kansrijk die zijn afgerond", DuringPregnancy, Percentage, "verwijzingen met status afgerond",
            "verwijzingen via Kansrijk in het jaar, naar de gemeente van de vrouw", Pathways, Up, Process, 0),
        New(ProcessIndicators.DaysToFirstContact, "Dagen van verwijzing tot eerste contact (mediaan)", DuringPregnancy, Count,
            "mediaan van het aantal dagen tussen de verwijzing en de eerste status 'contact gelegd' of later; alleen bij minstens 10 verwijzingen met contact",
            null, Pathways, Down, Process, 1),
        New(ProcessIndicators.HomeVisitsDone, "Prenataal huisbezoek via Kansrijk gedaan", DuringPregnancy, Percentage, "verwijzingen naar het prenataal huisbezoek met een gedaan bezoek",
            "verwijzingen naar het prenataal huisbezoek (aangeboden) in het jaar, naar de gemeente van de vrouw", Pathways, Up, Process, 0),
        New(ProcessIndicators.HomeVisitsBeforeWeek30, "Prenataal huisbezoek gedaan vóór week 30", DuringPregnancy, Percentage, "gedane prenatale huisbezoeken vóór week 30 van de zwangerschap",
            "gedane prenatale huisbezoeken in het jaar (naar het jaar van de verwijzing)", Pathways, Up, Process, 0),
        .. CarePaths.OfferDirectory.BuiltInThemes.Select((theme, i) => New(ProcessIndicators.ReferralsCompletedInTheme(i), $"Verwijzingen via Kansrijk die zijn afgerond: {theme.Name.ToLowerInvariant()}",
            DuringPregnancy, Percentage, $"verwijzingen naar aanbod met het thema '{theme.Name}' met status afgerond",
            $"verwijzingen via Kansrijk naar aanbod met het thema '{theme.Name}' in het jaar, naar de gemeente van de vrouw (een aanbod met meer thema's telt bij elk thema)",
            Pathways, Up, Process, 0)),
        New(ProcessIndicators.Screened, "Zwangeren met een ingevulde signaleringsvragenlijst via Kansrijk", DuringPregnancy, Count,
            "vrouwen met een verstuurde vragenlijst (zelf of met de professional ingevuld) in het jaar, naar de gemeente van de vrouw", null, Pathways, Up, Process, 0),
        New(ProcessIndicators.ScreenedEarly, "Signalering vóór week 16 van de zwangerschap", DuringPregnancy, Percentage,
            "vrouwen met een vragenlijst verstuurd vóór week 16", "vrouwen met een verstuurde vragenlijst in het jaar, naar de gemeente van de vrouw", Pathways, Up, Process, 0),
        New(ProcessIndicators.ScreenedWithAdvice, "Signalering met advies", DuringPregnancy, Percentage,
            "vrouwen bij wie ten minste één domein 'advies' gaf", "vrouwen met een verstuurde vragenlijst in het jaar, naar de gemeente van de vrouw", Pathways, Up, Process, 0),
        .. Signalling.SignallingCounts.Domains.Select((domain, i) => New(ProcessIndicators.ScreenedWithAdviceInDomain(i), $"Signalering met advies: {domain.Name.ToLowerInvariant()}",
            DuringPregnancy, Percentage, $"vrouwen bij wie het domein '{domain.Name}' 'advies' gaf",
            "vrouwen met een verstuurde vragenlijst in het jaar, naar de gemeente van de vrouw", Pathways, Up, Process, 0)),
        New(ProcessIndicators.DiscussedInCaseMeeting, "Zwangeren op naam besproken in een casusoverleg (MDO)", DuringPregnancy, Count,
            "trajecten op naam besproken in een casusoverleg dat in het jaar plaatsvond (met haar toestemming), naar de gemeente van de vrouw", null, Pathways, Up, Process, 0),
        New(ProcessIndicators.AdviceFollowedByReferral, "Advies uit de signalering gevolgd door een verwijzing", DuringPregnancy, Percentage,
            "vrouwen met advies die op of na de dag van de vragenlijst zijn verwezen via Kansrijk", "vrouwen bij wie ten minste één domein 'advies' gaf, in het jaar", Pathways, Up, Process, 0),
    ]);

    private static IReadOnlyList<Indicator> InListOrder(List<Indicator> indicators)
    {
        for (var i = 0; i < indicators.Count; i++)
        {
            indicators[i].SortOrder = i + 1;
            if (IsRegisterIndicator(indicators[i].Code))
            {
                indicators[i].SuppressionThreshold = 0;
                indicators[i].Origin = ValueOrigin.CoalitionRegister;
            }
            if (PathwayCodes.Contains(indicators[i].Code))
            {
                indicators[i].Origin = ValueOrigin.Pathways;
            }
        }
        return indicators;
    }

    public static async Task<int> EnsureAsync(KansrijkDb db, CancellationToken cancellationToken = default)
    {
        var existing = await db.Indicators.ToListAsync(cancellationToken);
        var missing = Builtin.Where(i => existing.All(e => e.Code != i.Code)).Select(Copy).ToList();
        db.Indicators.AddRange(missing);
        // Where values come from is reference data, not an editable setting: kept in line at every start.
        foreach (var indicator in existing)
        {
            var origin = Builtin.FirstOrDefault(b => b.Code == indicator.Code)?.Origin ?? ValueOrigin.Import;
            if (indicator.Origin != origin)
            {
                indicator.Origin = origin;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return missing.Count;
    }

    private static Indicator New(string code, string name, Phase phase, IndicatorUnit unit, string numerator, string? denominator,
        string source, DesiredDirection direction, IndicatorSet set, int decimals) => new()
        {
            Code = code,
            Name = name,
            Phase = phase,
            Unit = unit,
            NumeratorDescription = numerator,
            DenominatorDescription = denominator,
            Source = source,
            DesiredDirection = direction,
            Set = set,
            Decimals = decimals,
        };

    private static Indicator Copy(Indicator i) => new()
    {
        Code = i.Code,
        Name = i.Name,
        Phase = i.Phase,
        Unit = i.Unit,
        NumeratorDescription = i.NumeratorDescription,
        DenominatorDescription = i.DenominatorDescription,
        Source = i.Source,
        DesiredDirection = i.DesiredDirection,
        Set = i.Set,
        Decimals = i.Decimals,
        SortOrder = i.SortOrder,
        SuppressionThreshold = i.SuppressionThreshold,
        Origin = i.Origin,
    };
}
