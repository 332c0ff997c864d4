//! The smallest typst `World` that can lay out our printouts: one template, one JSON data
//! file, the fonts compiled into the binary, and nothing from the disk or the network.
//!
//! Everything a user typed reaches typst only through the JSON file, which the template
//! reads with `json(...)`; it is never pasted into markup, so a name like `#panic()` or
//! `*Müller*` prints as written.

use std::sync::LazyLock;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// The file name under which the template reads its data.
pub const DATA_FILE: &str = "data.json";

/// DejaVu Sans Condensed: narrow enough for dense tables, with Latin Extended, Greek and
/// Cyrillic, so `Zoë Fähnrich` and `René Çelik` print right on any machine.
static FONT_FILES: [&[u8]; 2] = [
    include_bytes!("../../fonts/DejaVuSansCondensed.ttf"),
    include_bytes!("../../fonts/DejaVuSansCondensed-Bold.ttf"),
];

struct FontSet {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

/// Parsed once per process: parsing the font tables costs more than laying out a page.
static FONTS: LazyLock<FontSet> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES
        .iter()
        .flat_map(|data| Font::iter(Bytes::new(*data)))
        .collect();
    FontSet {
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    }
});

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

pub struct PrintWorld {
    main: Source,
    data_id: FileId,
    data: Bytes,
}

fn file_id(name: &str) -> FileId {
    let path = VirtualPath::new(name).expect("a plain file name is a valid virtual path");
    RootedPath::new(VirtualRoot::Project, path).intern()
}

impl PrintWorld {
    pub fn new(template: &str, data: Vec<u8>) -> Self {
        Self {
            main: Source::new(file_id("main.typ"), template.to_owned()),
            data_id: file_id(DATA_FILE),
            data: Bytes::new(data),
        }
    }
}

impl World for PrintWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            Ok(self.data.clone())
        } else if id == self.main.id() {
            Ok(Bytes::from_string(self.main.clone()))
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.fonts.get(index).cloned()
    }

    /// The template never asks: the printed date comes from the caller, like every "today"
    /// in the core.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}
