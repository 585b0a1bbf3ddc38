using AntiTrafficking.WebFrontend.Api;
using AntiTrafficking.WebFrontend.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddClusterClient();
builder.AddApi();
builder.Services.AddRazorPages();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseStaticFiles();
app.MapApi();
app.MapRazorPages();
await app.RunAsync();

/// <summary>Entry point, visible to the web tests' factory.</summary>
public partial class Program;
