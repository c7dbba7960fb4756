namespace McpServers.Hub.Logs;

/// <summary>
/// A log file that rolls over at <paramref name="maxBytes"/>: <c>name.log</c> becomes <c>name.log.1</c>, which becomes
/// <c>.2</c>, and so on; at most <paramref name="files"/> files are kept. Writes are flushed line by line.
/// </summary>
internal sealed class RotatingLogFile(string path, long maxBytes, int files) : IDisposable
{
    private readonly Lock _lock = new();
    private StreamWriter? _writer;
    private long _length;

    public string Path => path;

    public void WriteLine(string line)
    {
        lock (_lock)
        {
            try
            {
                var writer = _writer ??= Open();
                var bytes = System.Text.Encoding.UTF8.GetByteCount(line) + 1;
                if (_length > 0 && _length + bytes > maxBytes)
                {
                    Roll();
                    writer = _writer = Open();
                }
                writer.Write(line);
                writer.Write('\n');
                writer.Flush();
                _length += bytes;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
            {
                // A full disk, a read-only or removed folder must not stop the server it logs (nor the hub): the in-memory
                // tail still has the line, and the next line tries the file again.
                _writer?.Dispose();
                _writer = null;
            }
        }
    }

    private StreamWriter Open()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        _length = stream.Length;
        return new StreamWriter(stream, new System.Text.UTF8Encoding(false));
    }

    private void Roll()
    {
        _writer?.Dispose();
        _writer = null;
        File.Delete($"{path}.{files - 1}");
        for (var i = files - 2; i >= 1; i--)
        {
            if (File.Exists($"{path}.{i}"))
                File.Move($"{path}.{i}", $"{path}.{i + 1}", overwrite: true);
        }
        if (files > 1)
            File.Move(path, $"{path}.1", overwrite: true);
        else
            File.Delete(path);
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _writer?.Dispose();
            _writer = null;
        }
    }
}
