using System.Text.Json;
using FluentValidation;

namespace Kansrijk.Monitor;

/// <summary>The indicator as typed into the edit form; strings so that what was typed comes back on an error.</summary>
public sealed class IndicatorForm
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Phase { get; set; }
    public string? Unit { get; set; }
    public string? NumeratorDescription { get; set; }
    public string? DenominatorDescription { get; set; }
    public string? Source { get; set; }
    public string? DesiredDirection { get; set; }
    public string? Set { get; set; }
    public string? SuppressionThreshold { get; set; }
    public string? Decimals { get; set; }

    /// <summary>The version of the indicator the form was filled from (no lost updates); not part of a history snapshot.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int? Version { get; set; }

    public static IndicatorForm From(Indicator i) => new()
    {
        Code = i.Code,
        Name = i.Name,
        Phase = i.Phase.ToString(),
        Unit = i.Unit.ToString(),
        NumeratorDescription = i.NumeratorDescription,
        DenominatorDescription = i.DenominatorDescription,
        Source = i.Source,
        DesiredDirection = i.DesiredDirection.ToString(),
        Set = i.Set.ToString(),
        SuppressionThreshold = i.SuppressionThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Decimals = i.Decimals.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Version = i.Version,
    };

    /// <summary>Copies the (validated) form onto the indicator and says in words what changed.</summary>
    public string ApplyTo(Indicator i)
    {
        var changes = new List<string>();
        void Change<T>(string label, T current, T next, Action<T> assign)
        {
            if (!EqualityComparer<T>.Default.Equals(current, next))
            {
                changes.Add($"{label}: '{current}' → '{next}'");
                assign(next);
            }
        }
        Change("Naam", i.Name, Name!.Trim(), v => i.Name = v);
        Change("Fase", i.Phase, Enum.Parse<Phase>(Phase!), v => i.Phase = v);
        Change("Eenheid", i.Unit, Enum.Parse<IndicatorUnit>(Unit!), v => i.Unit = v);
        Change("Teller", i.NumeratorDescription, NumeratorDescription!.Trim(), v => i.NumeratorDescription = v);
        Change("Noemer", i.DenominatorDescription, string.IsNullOrWhiteSpace(DenominatorDescription) ? null : DenominatorDescription.Trim(), v => i.DenominatorDescription = v);
        Change("Bron", i.Source, Source!.Trim(), v => i.Source = v);
        Change("Gewenste richting", i.DesiredDirection, Enum.Parse<DesiredDirection>(DesiredDirection!), v => i.DesiredDirection = v);
        Change("Set", i.Set, Enum.Parse<IndicatorSet>(Set!), v => i.Set = v);
        Change("Onderdrukken onder", i.SuppressionThreshold, int.Parse(SuppressionThreshold!, System.Globalization.CultureInfo.InvariantCulture), v => i.SuppressionThreshold = v);
        Change("Decimalen", i.Decimals, int.Parse(Decimals!, System.Globalization.CultureInfo.InvariantCulture), v => i.Decimals = v);
        return string.Join("; ", changes);
    }

    public static string Snapshot(Indicator i) => JsonSerializer.Serialize(From(i));

    public static IReadOnlyList<(string, string)> Options<T>(Func<T, string> text) where T : struct, Enum =>
        [.. Enum.GetValues<T>().Select(v => (v.ToString(), text(v)))];
}

public sealed class IndicatorFormValidator : AbstractValidator<IndicatorForm>
{
    public IndicatorFormValidator(bool isNew, Func<string, bool> codeExists)
    {
        if (isNew)
        {
            RuleFor(f => f.Code).NotEmpty().WithMessage("Vul een code in, bijvoorbeeld LM11.")
                .Matches("^[A-Za-z0-9]{2,12}$").WithMessage("Een code heeft 2 tot 12 letters of cijfers, zonder spaties.")
                .Must(c => !codeExists(c!.ToUpperInvariant())).WithMessage("Er is al een indicator met deze code.");
        }
        RuleFor(f => f.Name).NotEmpty().WithMessage("Vul de naam in.").MaximumLength(200).WithMessage("De naam is langer dan 200 tekens.");
        RuleFor(f => f.NumeratorDescription).NotEmpty().WithMessage("Beschrijf wat de teller telt.");
        RuleFor(f => f.DenominatorDescription).NotEmpty().When(f => f.Unit != nameof(IndicatorUnit.Count))
            .WithMessage("Beschrijf wat de noemer telt; een percentage of 'per 1.000' heeft een noemer.");
        RuleFor(f => f.Source).NotEmpty().WithMessage("Vul de bron in.");
        RuleFor(f => f.Phase).Must(v => Enum.TryParse<Phase>(v, out _)).WithMessage("Kies een fase.");
        RuleFor(f => f.Unit).Must(v => Enum.TryParse<IndicatorUnit>(v, out _)).WithMessage("Kies een eenheid.");
        RuleFor(f => f.DesiredDirection).Must(v => Enum.TryParse<DesiredDirection>(v, out _)).WithMessage("Kies de gewenste richting.");
        RuleFor(f => f.Set).Must(v => Enum.TryParse<IndicatorSet>(v, out _)).WithMessage("Kies de set.");
        RuleFor(f => f.SuppressionThreshold).Must((f, v) => int.TryParse(v, out var n) && (n is >= 10 and <= 1000 || (n == 0 && IndicatorCatalogue.IsRegisterIndicator(f.Code))))
            .WithMessage("Vul een heel getal van 10 tot 1000 in. Onder 10 waarnemingen tonen we nooit iets.");
        RuleFor(f => f.Decimals).Must(v => int.TryParse(v, out var n) && n is >= 0 and <= 3).WithMessage("Vul 0, 1, 2 of 3 in.");
    }
}
