using System.Diagnostics;
using System.Text;

namespace McpServers.Video.Media;

/// <summary>
/// The one place ffmpeg and ffprobe are started. Arguments go as an argument list (no shell, no quoting), stdout is
/// read as bytes, stderr line by line; on cancellation or timeout the process is killed with everything it started.
/// Xabe.FFmpeg is deliberately not used to run them: its conversions take one argument string (a file name with a
/// quote in it changes the command), and its licence (CC BY-NC-SA) would make the server non-commercial.
/// </summary>
internal sealed class FfmpegRunner(VideoOptions options)
{
    /// <summary>Runs ffmpeg; returns stdout. Non-zero exit throws <see cref="MediaException"/> with ffmpeg's last error lines.</summary>
    public Task<byte[]> FfmpegAsync(IEnumerable<string> arguments, CancellationToken cancellationToken, Action<string>? stderrLine = null, TimeSpan? timeout = null) =>
        RunAsync(options.FfmpegPath, ["-hide_banner", "-nostdin", "-loglevel", "error", .. arguments], cancellationToken, stderrLine, timeout);

    public Task<byte[]> FfprobeAsync(IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        RunAsync(options.FfprobePath, ["-hide_banner", "-loglevel", "error", .. arguments], cancellationToken, null, null);

    private async Task<byte[]> RunAsync(string executable, IEnumerable<string> arguments, CancellationToken cancellationToken, Action<string>? stderrLine, TimeSpan? timeout)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        using var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new MediaException($"cannot run {executable} ({e.Message}); install ffmpeg (apt-get install ffmpeg) or set --ffmpeg-path/--ffprobe-path");
        }
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout ?? options.CommandTimeout);
        var errors = new Queue<string>();
        var stderr = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync(CancellationToken.None) is { } line)
            {
                stderrLine?.Invoke(line);
                lock (errors)
                {
                    errors.Enqueue(line);
                    if (errors.Count > 8)
                        errors.Dequeue();
                }
            }
        }, CancellationToken.None);
        using var output = new MemoryStream();
        try
        {
            await process.StandardOutput.BaseStream.CopyToAsync(output, limit.Token);
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            await process.WaitForExitAsync(CancellationToken.None);
            if (cancellationToken.IsCancellationRequested)
                throw;
            throw new MediaException($"{Path.GetFileName(executable)} took longer than {(timeout ?? options.CommandTimeout).TotalSeconds:0} s and was stopped");
        }
        await stderr;
        if (process.ExitCode != 0)
        {
            string message;
            lock (errors)
                message = string.Join(" ", errors).Trim();
            throw new MediaException(message.Length > 0 ? message : $"{Path.GetFileName(executable)} failed (exit code {process.ExitCode})");
        }
        return output.ToArray();
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
    }
}

/// <summary>ffmpeg/ffprobe could not do what was asked; the message is theirs or ours, fit for the person.</summary>
internal sealed class MediaException(string message) : Exception(message);
