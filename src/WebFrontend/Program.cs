using System.Text.Encodings.Web;
using System.Text.Unicode;
using AntiTrafficking.Hosting;
using AntiTrafficking.WebFrontend.Api;
using AntiTrafficking.WebFrontend.Hardening;
using Microsoft.Extensions.WebEncoders;
using AntiTrafficking.WebFrontend.Hosting;
using AntiTrafficking.WebFrontend.Live;
using AntiTrafficking.WebFrontend.Pages;
using AntiTrafficking.WebFrontend.Reporting;
using AntiTrafficking.WebFrontend.Security;

var builder = WebApplication.CreateBuilder(args).UseSettingsBesideTheApplication();
builder.UseWebRootBesideTheApplication();
builder.AddKeyRing();
builder.AddClusterClient();
builder.AddObservability();
builder.AddApi();
builder.AddPages();
builder.AddLiveUpdates();
builder.AddReporting();
builder.AddHardening();
builder.AddSecurity();
// Vietnamese text goes out as UTF-8 characters, not HTML entities: smaller pages that read well in the source.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

var app = builder.Build();
app.UseHardening();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseStaticFiles();
app.UseAuditSource();
app.UseSecurity();
app.MapApi();
app.MapPages();
app.MapLiveUpdates();
app.MapObservability();
await app.RunAsync();

/// <summary>Entry point, visible to the web tests' factory.</summary>
public partial class Program;
