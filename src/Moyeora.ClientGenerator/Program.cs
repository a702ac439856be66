using Moyeora.ClientGenerator;
using Moyeora.Meetups;

// Usage: Moyeora.ClientGenerator <openapi.json> <output folder>
// Writes one <Name>ClientProxy.g.cs per application service into the folder and removes *.g.cs files no longer generated.
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
Directory.CreateDirectory(folder);
var utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
foreach (var file in files)
{
    await File.WriteAllTextAsync(Path.Combine(folder, file.FileName), file.Content, utf8);
}

var stale = Directory.GetFiles(folder, "*.g.cs").Where(f => !files.Any(g => g.FileName == Path.GetFileName(f))).ToList();
foreach (var file in stale)
{
    File.Delete(file);
}

Console.WriteLine($"Wrote {files.Count} client proxies to {folder}" + (stale.Count > 0 ? $" (removed {stale.Count} stale)" : string.Empty) + ".");
return 0;
