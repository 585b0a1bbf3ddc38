using AntiTrafficking.Hosting;
using AntiTrafficking.Silo;

var builder = WebApplication.CreateBuilder(args).UseSettingsBesideTheApplication();
if (args is [AuditVerifyCommand.Verb, ..])
{
    return await AuditVerifyCommand.RunAsync(builder.Configuration, Console.Out);
}

builder.AddAntiTraffickingSilo();
builder.AddSiloObservability();

var app = builder.Build();
await app.PrepareStorageAsync();
app.WarnWithoutTls();
app.MapSiloObservability();
await app.RunAsync();
return 0;
