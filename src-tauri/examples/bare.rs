//! The reference for bench/app.sh: a bare Tauri 2 window (same crate versions,
//! same window size, an empty page, no plugins, no state). PhotoDrop's startup
//! time and idle memory are measured against it in the same run.

fn main() {
    let mut ctx = tauri::generate_context!();
    ctx.config_mut().app.windows.clear();
    tauri::Builder::default()
        .setup(|app| {
            tauri::WebviewWindowBuilder::new(
                app,
                "main",
                tauri::WebviewUrl::App("blank.html".into()),
            )
            .title("Bare Tauri")
            .inner_size(1100.0, 760.0)
            .build()?;
            Ok(())
        })
        .run(ctx)
        .expect("bare tauri window");
}
