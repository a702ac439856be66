using Moyeora.ClientGenerator;
using Moyeora.Meetups;

// Usage: Moyeora.ClientGenerator <openapi.json> <output folder>
// Writes one <Name>ClientProxy.g.cs per application service into the folder and removes *.g.cs files no longer
// generated. On any disagreement between the document and the interfaces it lists the errors and writes nothing.
if (args.Length != 2)
{
    Console.Error.WriteLine("Usage: Moyeora.ClientGenerator <openapi.json> <output folder>");
    return 2;
}

IReadOnlyList<GeneratedFile> files;
try
{
    files = CSharpProxyGenerator.Generate(await File.ReadAllTextAsync(args[0]), typeof(IMeetupAppService).Assembly);
}
catch (ClientGenerationException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}

var folder = Path.GetFullPath(args[1]);
var removed = GeneratedFolder.Write(folder, files);
Console.WriteLine($"Wrote {files.Count} client proxies to {folder}" + (removed.Count > 0 ? $"; removed {string.Join(", ", removed)}" : string.Empty) + ".");
return 0;
