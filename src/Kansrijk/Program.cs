using Kansrijk.Platform;

var app = KansrijkApp.Build(args);
await app.RunAsync();

/// <summary>Entry point; public so the tests can start the real app.</summary>
public partial class Program;
