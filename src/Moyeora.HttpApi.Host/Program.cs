using Moyeora.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddMoyeoraHost();

var app = builder.Build();
await app.UseMoyeoraHostAsync();
await app.RunAsync();

/// <summary>Entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
