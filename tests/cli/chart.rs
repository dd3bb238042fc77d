//! `faultline chart`: the chart as SVG and PNG at a chosen size, with the chart's filters.

use crate::support::{SAMPLE, faultline, xml};

#[test]
fn svg_at_a_size_with_lanes_per_dyad() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("chart.svg");
    let o = out.to_str().unwrap();
    let args = ["chart", SAMPLE, "--format", "svg", "--width", "1000", "--height", "700", "--bin", "week"];
    let (ok, stdout, err) =
        faultline(&[&args[..], &["--dyad", "US:China", "--dyad", "China:US", "--lanes", "-o", o]].concat());
    assert!(ok, "{err}");
    assert!(stdout.contains("wrote "), "{stdout}");
    let svg = std::fs::read_to_string(&out).unwrap();
    let (elements, text) = xml(&svg);
    assert_eq!(elements[0].0, "svg");
    assert_eq!(elements[0].1["width"], "1000");
    assert_eq!(elements[0].1["height"], "700");
    // US -> China: 7 events, China -> US: 6; the bilateral Geneva agreement is in both lanes.
    assert_eq!(elements.iter().filter(|(n, _)| n == "circle").count(), 13);
    assert_eq!(elements.iter().filter(|(n, _)| n == "polyline").count(), 2, "a net line per lane");
    // A title per lane, in its line's colour.
    let lane_titles = elements
        .iter()
        .filter(|(n, a)| n == "text" && a.get("font-weight").is_some_and(|w| w == "bold") && a.contains_key("fill"));
    assert_eq!(lane_titles.count(), 2);
    for label in ["United States → China", "China → United States", "event date", "Threaten", "Restrict", "May 2025"]
    {
        assert!(text.contains(label), "no “{label}” in\n{text}");
    }
    assert!(text.contains("Tension over time: weekly net score (lines)"), "{text}");
}

#[test]
fn a_window_limits_the_points_and_an_unknown_actor_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("may.svg");
    let o = out.to_str().unwrap();
    let (ok, _, err) = faultline(&["chart", SAMPLE, "--from", "2025-05-19", "--to", "2025-05-31", "-o", o]);
    assert!(ok, "{err}");
    let (elements, text) = xml(&std::fs::read_to_string(&out).unwrap());
    assert_eq!(elements.iter().filter(|(n, _)| n == "circle").count(), 8);
    assert!(text.contains("2025-05-19 to 2025-05-31"), "{text}");

    let (ok, _, err) = faultline(&["chart", SAMPLE, "--dyad", "Atlantis:China", "-o", o]);
    assert!(!ok);
    assert!(err.contains("no actor named “Atlantis”"), "{err}");
    let (ok, _, err) = faultline(&["chart", SAMPLE, "--width", "20", "-o", o]);
    assert!(!ok);
    assert!(err.contains("20 is not in 200..=8000"), "{err}");
}

#[test]
fn png_has_the_requested_size_and_is_drawn() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("chart.png");
    let o = out.to_str().unwrap();
    let (ok, _, err) = faultline(&["chart", SAMPLE, "--format", "png", "--width", "640", "--height", "360", "-o", o]);
    assert!(ok, "{err}");
    let bytes = std::fs::read(&out).unwrap();
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes)).read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!((info.width, info.height), (640, 360));
    assert_eq!(info.color_type, png::ColorType::Rgba);
    let pixels: Vec<&[u8]> = buf[..info.buffer_size()].chunks(4).collect();
    let drawn = pixels.iter().filter(|px| px[..3] != [255, 255, 255]).count();
    assert!(drawn > pixels.len() / 50, "only {drawn} of {} pixels are not white", pixels.len());
    // The type colours of the points are there: Restrict's and Accuse's are not greys.
    let coloured = pixels.iter().filter(|px| px[0].abs_diff(px[1]) > 60 || px[1].abs_diff(px[2]) > 60).count();
    assert!(coloured > 100, "{coloured} coloured pixels");
}
