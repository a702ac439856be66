using System.Text;

namespace Moyeora.ClientGenerator;

/// <summary>Puts generated files into their folder: the folder then holds exactly the generated *.g.cs files.</summary>
public static class GeneratedFolder
{
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes each file (UTF-8 without BOM) whose content changed, and deletes the *.g.cs files the generation no
    /// longer makes (a removed application service). Other files in the folder are left alone.
    /// </summary>
    /// <returns>The names of the deleted files, sorted.</returns>
    public static IReadOnlyList<string> Write(string folder, IReadOnlyCollection<GeneratedFile> files)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.FileName);
            var bytes = Utf8.GetBytes(file.Content);
            if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                File.WriteAllBytes(path, bytes);
            }
        }

        var stale = Directory.GetFiles(folder, "*.g.cs")
            .Select(f => Path.GetFileName(f))
            .Where(name => !files.Any(g => g.FileName == name))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var name in stale)
        {
            File.Delete(Path.Combine(folder, name));
        }

        return stale;
    }
}
