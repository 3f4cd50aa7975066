/**
 * The bundled list of common and breached passwords that `PasswordPolicy` refuses (NIST SP
 * 800-63B-4 §3.1.1.2): the most frequent passwords of public breach corpora, keyboard walks on the
 * Latin and Russian layouts, Russian words typed on a Latin layout (`gfhjkm` is «пароль»), and words
 * an admin in Kazakhstan is likely to reach for. Long entries matter most, because the policy's
 * length floor already rules out the short ones; `PasswordPolicy` also catches derivatives
 * (`password2024!`), repetitions and sequences, so variants need not be listed.
 *
 * Lower-case, compared after NFC normalisation and lower-casing. An operator with a larger corpus
 * (a breach API, its own list) checks it on its side in addition.
 */

const list = `
123456 123456789 12345678 12345 1234567 1234567890 0123456789 01234567890 password qwerty 111111 123123 abc123
password1 iloveyou 1q2w3e4r 000000 qwerty123 zaq12wsx dragon sunshine princess letmein 654321 monkey 123321
qwertyuiop superman asdfghjkl 666666 football baseball welcome admin login starwars solo master hello freedom
whatever qazwsx trustno1 ashley bailey passw0rd shadow 121212 flower hottie loveme zaq1zaq1 password123
michael jennifer jordan hunter buster soccer harley batman andrew tigger charlie robert thomas hockey ranger
daniel 112233 george computer michelle jessica pepper 1111 zxcvbn 555555 131313 7777777 888888 killer 1234
12345678910 qwe123 1q2w3e 1q2w3e4r5t 1q2w3e4r5t6y q1w2e3r4 q1w2e3r4t5 q1w2e3r4t5y6 qweasdzxc qweasd asdasd
asdf1234 asdfgh zxcvbnm 123qwe 123qweasd 123qweasdzxc 1qazxsw2 1qaz2wsx3edc qazwsxedc qazwsxedcrfv !qaz2wsx
1234qwer qwer1234 qwerty1 qwerty12 qwerty1234 qwertyu qwertyui 147258369 159753 159357 147852 147852369
987654321 9876543210 0987654321 11111111 00000000 12341234 123456a 123456q a123456 a12345678 aa123456 abc12345
abcd1234 abcdefg abcdefgh 1234abcd 123abc password12 password01 passw0rd1 p@ssw0rd p@ssword pa$$word passwort
motdepasse contrasena senha iloveu iloveyou1 iloveyou2 loveyou lovely love123 mylove babygirl princess1
sunshine1 welcome1 welcome123 changeme secret secret123 default guest test test123 testtest root toor admin123
admin1 administrator adminadmin user user123 demo demo123 server internet google facebook samsung apple
microsoft windows linux yahoo hotmail gmail mustang corvette ferrari porsche mercedes chelsea liverpool
arsenal barcelona realmadrid manchester juventus football1 soccer1 baseball1 basketball hockey1 tennis summer
winter spring autumn monday friday sunday january february december matrix matthew joshua anthony william
nicole hannah amanda jasmine daniel1 michael1 cookie chocolate butterfly purple orange banana cheese pokemon
naruto spiderman batman1 superman1 master1 letmein1 access access14 qwerty7 qwerty11 asdfasdf asdf zxcv
zxcvbnm1 qwaszx qazxsw 1qaz 2wsx 1q2w 1qa2ws3ed q1w2e3 q2w3e4r5 zaq1xsw2 zaq1xsw2cde3 xsw2zaq1 1qazzaq1
mnbvcxz poiuytrewq lkjhgfdsa 0987654321qwerty qwerty12345 qwerty123456 qwerty1234567 qwertyqwerty asdfghjkl1
asdfghjkl123 1qaz2wsx3edc4rfv5tgb aaaaaa aaaaaaaa abcabc abc123456 a1b2c3 a1b2c3d4 a1s2d3f4 1a2b3c4d
1234554321 123454321 12344321 123654 123654789 789456123 741852963 963852741 159753456 951753 456789 456123
789456 101010 202020 121314 123123123 123456123456 123456654321 112233445566 111222 111222333 1122334455
1234512345 666999 696969 777777 999999 100200 1313 2000 2001 2020 2021 2022 2023 2024 2025 2026 1980 1985 1990
1995 йцукен йцукенг йцукенгшщз йцукенгшщзхъ фывапролдж фывапролджэ ячсмитьбю пароль пароль123 пароль1 привет
привет123 любовь солнышко наташа максим москва россия мойпароль qwertyйцукен ghbdtn gfhjkm gfhjkm123
vfrcbv yfnfif cjkysirj ktyjxrf rfhfvtkm vjcrdf hjccbz kazakhstan kazakstan qazaqstan kazakh qazaq almaty
almaty123 almaty2024 astana astana123 nursultan shymkent karaganda aktobe taraz pavlodar atyrau kostanay
alatau baiterek aigerim aisulu nurlan askar daniyar madina aruzhan zhanna marat ermek timur arman alibek
dinara saule passwordpassword password12345678 password123456789 password1234567890 mypasswordispassword
thisismypassword thisisapassword mysecretpassword supersecretpassword verysecretpassword iloveyouiloveyou
iloveyouforever iloveyousomuch imissyousomuch ilovemyfamily ilovemymom ilovemydad ilovemydog ilovemycat
ilovemyboyfriend ilovemygirlfriend iloveyoubaby iloveyoumore correcthorsebatterystaple correcthorse
thequickbrownfox thequickbrownfoxjumpsoverthelazydog letmeinletmein trustno1trustno1 welcometomyworld
welcome12345678 administrator123 superadministrator changemechangeme changemenow changeme123456789
defaultpassword temporarypassword newpassword newpassword123 newpassword12345 mynewpassword oldpassword
forgotpassword forgotmypassword qwertyqwertyqwerty qwertyuiopasdfgh qwertyuiopasdfghjkl
qwertyuiopasdfghjklzxcvbnm qwertyuiop123456 qwertyuiop1234567890 1234567890qwertyuiop 1q2w3e4r5t6y7u8i
1q2w3e4r5t6y7u8i9o0p q1w2e3r4t5y6u7i8 q1w2e3r4t5y6u7i8o9p0 1qaz2wsx3edc4rfv zaq12wsxcde34rfv qazwsxedcrfvtgb
qazwsxedcrfvtgbyhn qazwsxedcrfvtgbyhnujm zxcvbnmasdfghjkl asdfghjklzxcvbnm zxcvbnmasdfghjklqwertyuiop
abcdefghijklmno abcdefghijklmnop abcdefghijklmnopqrstuvwxyz abcdefghij abcdefghijk 123456789012345
1234567890123456 12345678901234567890 123456789123456789 1234567891234567 111111111111111 000000000000000
123123123123123 147258369147258369 987654321987654321 onetwothreefourfive onetwothree happybirthday
merrychristmas christmas halloween starwarsforever maytheforcebewithyou harrypotter hogwarts manchesterunited
liverpoolfc realmadridcf fcbarcelona chelseafc footballfootball blink182 metallica nirvana eminem beyonce
rihanna justinbieber onedirection minecraft fortnite roblox counterstrike leagueoflegends worldofwarcraft
playstation xbox360 iphone samsunggalaxy nokia motorola huawei xiaomi beeline tele2 altel
kazakhtelecom
`

/**
 * Common and breached passwords, lower-case.
 *
 * @example
 * ```ts
 * commonPasswords.has("qwertyuiopasdfgh") // true
 * ```
 */
export const commonPasswords: ReadonlySet<string> = new Set(list.trim().split(/\s+/u))
