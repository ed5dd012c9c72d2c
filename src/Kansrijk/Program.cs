using Kansrijk.Access.AccessLog;
using Kansrijk.Demo;
using Kansrijk.Monitor.Import;
using Kansrijk.Platform;

if (args.FirstOrDefault() == ImportCommand.Name)
{
    return await ImportCommand.RunAsync(args[1..]);
}

if (args.FirstOrDefault() == VerifyAccessLogCommand.Name)
{
    return await VerifyAccessLogCommand.RunAsync(args[1..]);
}

WebApplication app;
try
{
    app = KansrijkApp.Build(args);
}
catch (DemoNotAllowedException refused)
{
    await Console.Error.WriteLineAsync(refused.Message);
    return DemoNotAllowedException.ExitCode;
}
await app.RunAsync();
return 0;

/// <summary>Entry point; public so the tests can start the real app.</summary>
public partial class Program;
