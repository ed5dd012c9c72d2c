using Kansrijk.Access.AccessLog;
using Kansrijk.Demo;
using Kansrijk.Monitor.Import;
using Kansrijk.Platform;
using Kansrijk.Platform.Settings;

if (args.FirstOrDefault() == ImportCommand.Name)
{
    return await ImportCommand.RunAsync(args[1..]);
}

if (args.FirstOrDefault() == VerifyAccessLogCommand.Name)
{
    return await VerifyAccessLogCommand.RunAsync(args[1..]);
}

var migrate = args.FirstOrDefault() == MigrateCommand.Name;
WebApplication app;
try
{
    app = KansrijkApp.Build(migrate ? args[1..] : args);
}
catch (DemoNotAllowedException refused)
{
    await Console.Error.WriteLineAsync(refused.Message);
    return DemoNotAllowedException.ExitCode;
}
// Every setting is checked before anything runs: a bad one stops the app with one line naming the key.
if (SettingsRegistration.Problems(app.Services) is { } problem)
{
    Console.Error.WriteLine(problem);
    return 2;
}
if (migrate)
{
    return await MigrateCommand.RunAsync(app);
}
await app.RunAsync();
return 0;

/// <summary>Entry point; public so the tests can start the real app.</summary>
public partial class Program;
