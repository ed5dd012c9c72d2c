namespace Kansrijk.Monitor;

/// <summary>Dutch words for the monitor's enums, in one place for pages, downloads and the API.</summary>
public static class MonitorNames
{
    public static string Dutch(Phase phase) => phase switch
    {
        Phase.ProgrammeWide => "Programmabreed",
        Phase.BeforePregnancy => "Voor de zwangerschap",
        Phase.DuringPregnancy => "Tijdens de zwangerschap",
        Phase.AfterBirth => "Na de zwangerschap",
        _ => phase.ToString(),
    };

    public static string Dutch(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percentage => "percentage",
        IndicatorUnit.PerThousand => "per 1.000",
        IndicatorUnit.Count => "aantal",
        _ => unit.ToString(),
    };

    /// <summary>The label of a chart's value axis.</summary>
    public static string Axis(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percentage => "Percentage (%)",
        IndicatorUnit.PerThousand => "Per 1.000",
        _ => "Aantal",
    };

    public static string Dutch(DesiredDirection direction) => direction switch
    {
        DesiredDirection.Up => "hoger is beter",
        DesiredDirection.Down => "lager is beter",
        _ => "geen richting",
    };

    public static string Dutch(IndicatorSet set) => set switch
    {
        IndicatorSet.National => "landelijk",
        IndicatorSet.LocalBasic => "lokaal basis",
        IndicatorSet.LocalChoice => "lokaal keuze",
        IndicatorSet.Process => "procesindicator Kansrijk",
        _ => set.ToString(),
    };

    public static string Dutch(ValueOrigin origin) => origin switch
    {
        ValueOrigin.CoalitionRegister => "het coalitieregister (de bevestigde jaarlijkse vragenlijsten)",
        ValueOrigin.Pathways => "de trajecten in Kansrijk (verwijzingen en huisbezoeken)",
        _ => "een import",
    };

    /// <summary>"L12 Borstvoeding" reads as code first; plain words lead, the code follows for those who know it.</summary>
    public static string Title(Indicator indicator) => $"{indicator.Name} ({indicator.Code})";

    public const string NumeratorDenominatorExplained =
        "Zo lezen we een percentage: de teller is het aantal mensen dat meetelt, de noemer is de hele groep waarover het gaat. "
        + "Teller gedeeld door noemer is het percentage.";

    public const string Suppressed = "minder dan 10 waarnemingen";
    /// <summary>An aggregate for which too few of its municipalities have counts (see <c>Monitor:MinimumCoverage</c>).</summary>
    public const string InsufficientData = "onvoldoende gegevens";
    public const string SyntheticLabel = "synthetisch — alleen voor demonstratie";
}
