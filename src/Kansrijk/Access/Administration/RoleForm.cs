using FluentValidation;
using Kansrijk.Geography;
using Kansrijk.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kansrijk.Access.Administration;

/// <summary>A role with its scope, as typed into the user forms.</summary>
public class RoleForm
{
    public string? Role { get; set; }
    public string? ScopeType { get; set; }
    public string? ScopeId { get; set; }

    public Role ParsedRole() => Enum.Parse<Role>(Role!);
    public ScopeType ParsedScopeType() => Enum.TryParse<ScopeType>(ScopeType, out var s) ? s : Access.ScopeType.None;
    public string? NormalisedScopeId() => ParsedScopeType() == Access.ScopeType.None ? null : ScopeId?.Trim().ToUpperInvariant();

    public static IReadOnlyList<(string, string)> RoleOptions =>
        [("", "Kies een rol"), .. Enum.GetValues<Role>().Select(r => (r.ToString(), RoleNames.Dutch(r)))];

    public static IReadOnlyList<(string, string)> ScopeOptions =>
        [.. Enum.GetValues<ScopeType>().Select(s => (s.ToString(), RoleNames.Dutch(s)))];
}

public sealed class RoleFormValidator<T> : AbstractValidator<T> where T : RoleForm
{
    public RoleFormValidator(KansrijkDb db)
    {
        RuleFor(f => f.Role).NotEmpty().WithMessage("Kies een rol.")
            .Must(r => Enum.TryParse<Role>(r, out _)).WithMessage("Kies een rol uit de lijst.");
        RuleFor(f => f.ScopeType).Must(s => string.IsNullOrEmpty(s) || Enum.TryParse<ScopeType>(s, out _))
            .WithMessage("Kies waarvoor de rol geldt.");
        RuleFor(f => f.ScopeType)
            .Must((f, s) => f.ParsedScopeType() != Access.ScopeType.None)
            .When(f => Enum.TryParse<Role>(f.Role, out var r) && RoleNames.NeedsScope(r))
            .WithMessage("Een coördinator of professional werkt voor een gemeente, coalitie of organisatie. Kies waarvoor de rol geldt.");
        RuleFor(f => f.ScopeId).NotEmpty().When(f => f.ParsedScopeType() != Access.ScopeType.None)
            .WithMessage("Vul de code in van de gemeente, coalitie of organisatie.");
        RuleFor(f => f.ScopeId)
            .MustAsync(async (id, ct) => await db.Areas.AnyAsync(a => a.Code == id!.Trim().ToUpperInvariant() && a.Type == AreaType.Municipality, ct))
            .When(f => f.ParsedScopeType() == Access.ScopeType.Municipality && !string.IsNullOrWhiteSpace(f.ScopeId))
            .WithMessage("Deze gemeentecode bestaat niet. Gebruik de CBS-code, bijvoorbeeld GM0392 voor Haarlem.");
    }
}
