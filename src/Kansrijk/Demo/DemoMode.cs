namespace Kansrijk.Demo;

/// <summary>
/// Demo data and demo accounts only in Development (and Testing, the environment the test suite starts the app in).
/// Any other environment (Staging, Production, …) refuses --demo with one line and a non-zero exit code.
/// </summary>
public static class DemoMode
{
    public const string Testing = "Testing";

    public static bool IsAllowed(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment(Testing);
}

public sealed class DemoNotAllowedException(string environment) : Exception(
    $"Kansrijk start niet: demodata (--demo) mag alleen in de omgeving Development, niet in {environment}. Start zonder --demo, of met ASPNETCORE_ENVIRONMENT=Development.")
{
    /// <summary>The exit code of a refused start.</summary>
    public const int ExitCode = 3;
}
