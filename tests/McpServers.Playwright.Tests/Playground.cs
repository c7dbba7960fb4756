using McpServers.Testing;
using Microsoft.AspNetCore.Http;

namespace McpServers.Playwright.Tests;

/// <summary>The pages the browser tests drive, served by Kestrel on loopback.</summary>
internal static class Playground
{
    private const string Index = """
        <!doctype html><html><head><title>Playground</title></head><body>
        <h1>Playground</h1>
        <button onclick="document.getElementById('out').textContent='Clicked!'; console.log('button clicked'); console.error('an error line')">Press me</button>
        <p id="out">Not clicked</p>
        <form action="/submitted" method="get">
          <label>Name <input name="name" type="text"></label>
          <label><input type="checkbox" name="agree"> Agree</label>
          <select name="color" aria-label="Color"><option value="red">Red</option><option value="blue">Blue</option></select>
          <button type="submit">Send</button>
        </form>
        <button onclick="document.getElementById('answer').textContent = confirm('Really?') ? 'confirmed' : 'declined'">Ask</button>
        <p id="answer">no answer</p>
        <input type="file" aria-label="Upload" onchange="document.getElementById('file').textContent = 'chosen ' + this.files[0].name">
        <p id="file">no file</p>
        <button onclick="fetch('/api/data').then(r => r.json()).then(d => document.getElementById('api').textContent = d.value)">Load data</button>
        <p id="api">no data</p>
        <a href="/second">Second page</a>
        <p onmouseover="this.textContent='hovered'">Hover over me</p>
        <div draggable="true" role="button" aria-label="Drag me" ondragstart="event.dataTransfer.setData('text/plain', 'x')">Drag me</div>
        <div role="region" aria-label="Drop zone" ondragover="event.preventDefault()" ondrop="event.preventDefault(); document.getElementById('drop').textContent='dropped'">Drop zone</div>
        <p id="drop">nothing dropped</p>
        </body></html>
        """;

    public static Task<TestWebSite> StartAsync() => TestWebSite.StartAsync(new Dictionary<string, RequestDelegate>
    {
        ["/"] = TestWebSite.Content(Index),
        ["/second"] = TestWebSite.Content("<!doctype html><title>Second</title><h1>Second page</h1>"),
        ["/api/data"] = TestWebSite.Content("""{"value":"data loaded"}""", "application/json"),
        ["/submitted"] = context => TestWebSite.Content(
            $"<!doctype html><title>Done</title><p>Submitted: name={context.Request.Query["name"]}, agree={context.Request.Query["agree"]}, color={context.Request.Query["color"]}</p>")(context),
    });
}
