using Kansrijk.Platform.Layout;

namespace Kansrijk.Pathways;

/// <summary>The checks every form that names a woman shares (open, register involvement, correct): name, date of birth, due date.</summary>
public static class ClientIdentityInput
{
    public static (string? Name, DateOnly? BirthDate, DateOnly? DueDate) Check(string? name, string? birthDate, string? dueDate, DateOnly today, FormErrors errors)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed)) errors.Add("Name", "Vul de naam in.");
        else if (trimmed.Length > 200) errors.Add("Name", "Een naam is hoogstens 200 tekens.");
        var birth = Dates.Parse(birthDate, "BirthDate", "de geboortedatum", errors);
        var due = Dates.Parse(dueDate, "DueDate", "de uitgerekende datum", errors);
        if (birth is { } b && (b > today.AddYears(-10) || b < today.AddYears(-60))) errors.Add("BirthDate", "Deze geboortedatum kan niet kloppen: controleer het jaar.");
        return (trimmed, birth, due);
    }

    /// <summary>A new pathway's due date: between a month ago and ten months ahead.</summary>
    public static void CheckDueWindow(DateOnly? due, DateOnly today, FormErrors errors)
    {
        if (due is { } d && (d < today.AddDays(-30) || d > today.AddDays(300))) errors.Add("DueDate", "De uitgerekende datum ligt tussen een maand geleden en over tien maanden.");
    }
}
